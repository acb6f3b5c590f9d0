from enum import StrEnum


class ConversationCompleteResultEventType(StrEnum):
    RESULT = "result"

    def __str__(self) -> str:
        return str(self.value)
