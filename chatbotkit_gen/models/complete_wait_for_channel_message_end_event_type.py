from enum import StrEnum


class CompleteWaitForChannelMessageEndEventType(StrEnum):
    WAITFORCHANNELMESSAGEEND = "waitForChannelMessageEnd"

    def __str__(self) -> str:
        return str(self.value)
