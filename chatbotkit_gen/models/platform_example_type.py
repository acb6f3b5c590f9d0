from enum import StrEnum


class PlatformExampleType(StrEnum):
    BLUEPRINT = "blueprint"
    DISCORD = "discord"
    EMAIL = "email"
    MESSENGER = "messenger"
    PROJECT = "project"
    SLACK = "slack"
    TELEGRAM = "telegram"
    TRIGGER = "trigger"
    TWILIO = "twilio"
    WHATSAPP = "whatsapp"
    WIDGET = "widget"

    def __str__(self) -> str:
        return str(self.value)
