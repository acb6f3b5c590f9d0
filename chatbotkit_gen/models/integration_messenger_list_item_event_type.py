from enum import StrEnum


class IntegrationMessengerListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
