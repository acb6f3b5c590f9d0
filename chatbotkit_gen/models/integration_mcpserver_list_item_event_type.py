from enum import StrEnum


class IntegrationMcpserverListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
