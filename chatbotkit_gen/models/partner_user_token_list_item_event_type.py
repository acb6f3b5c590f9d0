from enum import StrEnum


class PartnerUserTokenListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
