from enum import StrEnum


class IntegrationDiscordListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
