from enum import StrEnum


class DatasetRecordListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
