from enum import StrEnum


class MessageType(StrEnum):
    ACTIVITY = "activity"
    BACKSTORY = "backstory"
    BOT = "bot"
    CHECKPOINT = "checkpoint"
    CONTEXT = "context"
    INSTRUCTION = "instruction"
    REASONING = "reasoning"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
