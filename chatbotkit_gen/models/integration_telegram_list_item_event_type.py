from enum import StrEnum


class IntegrationTelegramListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
