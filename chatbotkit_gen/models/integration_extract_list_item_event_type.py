from enum import StrEnum


class IntegrationExtractListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
