from enum import StrEnum


class InitiateTwilioBodyChannel(StrEnum):
    CALL = "call"
    SMS = "sms"

    def __str__(self) -> str:
        return str(self.value)
