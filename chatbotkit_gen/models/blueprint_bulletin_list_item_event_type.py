from enum import StrEnum


class BlueprintBulletinListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
