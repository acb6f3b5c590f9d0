from enum import StrEnum


class EventLogSubscribeItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
