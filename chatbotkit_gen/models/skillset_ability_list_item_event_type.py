from enum import StrEnum


class SkillsetAbilityListItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
