from enum import StrEnum


class CompleteReason(StrEnum):
    ABORT = "abort"
    ACTIVITY = "activity"
    ERROR = "error"
    ITERATION = "iteration"
    LENGTH = "length"
    STOP = "stop"

    def __str__(self) -> str:
        return str(self.value)
