from enum import StrEnum


class ConversationSendResultEventType(StrEnum):
    RESULT = "result"

    def __str__(self) -> str:
        return str(self.value)
