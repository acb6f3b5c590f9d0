from enum import StrEnum


class CompleteConversationResultEventType(StrEnum):
    RESULT = "result"

    def __str__(self) -> str:
        return str(self.value)
