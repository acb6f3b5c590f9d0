from enum import StrEnum


class DatasetListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
