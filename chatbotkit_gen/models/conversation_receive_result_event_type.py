from enum import StrEnum


class ConversationReceiveResultEventType(StrEnum):
    RESULT = "result"

    def __str__(self) -> str:
        return str(self.value)
