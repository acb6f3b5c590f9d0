from enum import StrEnum


class IntegrationWidgetListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
