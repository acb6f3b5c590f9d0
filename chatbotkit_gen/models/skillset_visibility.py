from enum import StrEnum


class SkillsetVisibility(StrEnum):
    PRIVATE = "private"
    PROTECTED = "protected"
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
