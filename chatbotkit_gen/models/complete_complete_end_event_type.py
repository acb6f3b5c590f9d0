from enum import StrEnum


class CompleteCompleteEndEventType(StrEnum):
    COMPLETEEND = "completeEnd"

    def __str__(self) -> str:
        return str(self.value)
