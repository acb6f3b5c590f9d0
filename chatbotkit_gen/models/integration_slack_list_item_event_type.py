from enum import StrEnum


class IntegrationSlackListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
