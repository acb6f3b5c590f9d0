from enum import StrEnum


class IntegrationNotionListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
