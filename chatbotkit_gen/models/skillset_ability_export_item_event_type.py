from enum import StrEnum


class SkillsetAbilityExportItemEventType(StrEnum):
    ITEM = "item"

    def __str__(self) -> str:
        return str(self.value)
