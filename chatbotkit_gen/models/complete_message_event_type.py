from enum import StrEnum


class CompleteMessageEventType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
