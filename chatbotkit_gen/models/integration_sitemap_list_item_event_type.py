from enum import StrEnum


class IntegrationSitemapListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
