from enum import StrEnum


class IntegrationTwilioListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
