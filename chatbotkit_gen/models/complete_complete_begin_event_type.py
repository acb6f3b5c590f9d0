from enum import StrEnum


class CompleteCompleteBeginEventType(StrEnum):
    COMPLETEBEGIN = "completeBegin"

    def __str__(self) -> str:
        return str(self.value)
