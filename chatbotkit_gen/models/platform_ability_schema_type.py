from enum import StrEnum


class PlatformAbilitySchemaType(StrEnum):
    OBJECT = "object"

    def __str__(self) -> str:
        return str(self.value)
