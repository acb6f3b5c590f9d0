from enum import StrEnum


class PlatformAbilityListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
