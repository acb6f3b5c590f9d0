from enum import StrEnum


class IntegrationWidgetFileAttachRequestType(StrEnum):
    BAR = "bar"
    BOT = "bot"
    BUTTON = "button"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
