from enum import StrEnum


class IntegrationMicrosoftteamsListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
