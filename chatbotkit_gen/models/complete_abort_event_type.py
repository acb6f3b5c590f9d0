from enum import StrEnum


class CompleteAbortEventType(StrEnum):
    ABORT = "abort"

    def __str__(self) -> str:
        return str(self.value)
