from enum import StrEnum


class IntegrationTwilioInitiateRequestChannel(StrEnum):
    CALL = "call"
    SMS = "sms"

    def __str__(self) -> str:
        return str(self.value)
