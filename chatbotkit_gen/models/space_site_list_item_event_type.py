from enum import StrEnum


class SpaceSiteListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
