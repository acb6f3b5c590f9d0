from enum import StrEnum


class PlatformAbilityListItemSchemaType(StrEnum):
    OBJECT = "object"

    def __str__(self) -> str:
        return str(self.value)
