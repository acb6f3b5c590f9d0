from enum import StrEnum


class PlatformTutorialListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
