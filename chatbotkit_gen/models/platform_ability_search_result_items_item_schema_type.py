from enum import StrEnum


class PlatformAbilitySearchResultItemsItemSchemaType(StrEnum):
    OBJECT = "object"

    def __str__(self) -> str:
        return str(self.value)
