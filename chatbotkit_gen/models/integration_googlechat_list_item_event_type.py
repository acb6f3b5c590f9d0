from enum import StrEnum


class IntegrationGooglechatListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
