from enum import StrEnum


class ChannelSubscribeMessageEventType(StrEnum):
    MESSAGE = "message"

    def __str__(self) -> str:
        return str(self.value)
