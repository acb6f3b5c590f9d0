from enum import StrEnum


class SkillsetAbilityExecuteResultEventType(StrEnum):
    RESULT = "result"

    def __str__(self) -> str:
        return str(self.value)
