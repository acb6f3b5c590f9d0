from enum import StrEnum


class IntegrationSupportListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
