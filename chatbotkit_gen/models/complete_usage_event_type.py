from enum import StrEnum


class CompleteUsageEventType(StrEnum):
    USAGE = "usage"

    def __str__(self) -> str:
        return str(self.value)
