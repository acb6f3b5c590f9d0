from enum import StrEnum


class IntegrationSkillserverListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
