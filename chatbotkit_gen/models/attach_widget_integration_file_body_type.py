from enum import StrEnum


class AttachWidgetIntegrationFileBodyType(StrEnum):
    BAR = "bar"
    BOT = "bot"
    BUTTON = "button"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
