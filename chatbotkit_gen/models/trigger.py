from enum import StrEnum


class Trigger(StrEnum):
    AUTOMATIC = "automatic"
    NEVER = "never"

    def __str__(self) -> str:
        return str(self.value)
