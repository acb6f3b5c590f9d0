from enum import StrEnum


class IntegrationWhatsappListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
