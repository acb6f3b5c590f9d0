from enum import StrEnum


class IntegrationTriggerListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
