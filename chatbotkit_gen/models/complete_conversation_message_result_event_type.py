from enum import StrEnum


class CompleteConversationMessageResultEventType(StrEnum):
    RESULT = "result"

    def __str__(self) -> str:
        return str(self.value)
