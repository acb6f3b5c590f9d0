from enum import StrEnum


class CompleteTokenEventType(StrEnum):
    TOKEN = "token"

    def __str__(self) -> str:
        return str(self.value)
