from enum import StrEnum


class IntegrationEmailListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
