from enum import StrEnum


class CompleteWaitForChannelMessageBeginEventType(StrEnum):
    WAITFORCHANNELMESSAGEBEGIN = "waitForChannelMessageBegin"

    def __str__(self) -> str:
        return str(self.value)
