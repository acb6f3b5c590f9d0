from enum import StrEnum


class CompleteReasoningTokenEventType(StrEnum):
    REASONINGTOKEN = "reasoningToken"

    def __str__(self) -> str:
        return str(self.value)
