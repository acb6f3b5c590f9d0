from enum import StrEnum


class IntegrationInstagramListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
