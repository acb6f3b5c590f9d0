from enum import StrEnum


class SearchPlatformAbilitiesResponse200ItemsItemSchemaType(StrEnum):
    OBJECT = "object"

    def __str__(self) -> str:
        return str(self.value)
