from enum import StrEnum


class InvokeSkillServerAbilityFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
