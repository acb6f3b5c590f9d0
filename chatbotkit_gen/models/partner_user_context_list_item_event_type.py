from enum import StrEnum


class PartnerUserContextListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
