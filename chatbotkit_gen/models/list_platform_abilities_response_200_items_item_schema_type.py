from enum import StrEnum


class ListPlatformAbilitiesResponse200ItemsItemSchemaType(StrEnum):
    OBJECT = "object"

    def __str__(self) -> str:
        return str(self.value)
