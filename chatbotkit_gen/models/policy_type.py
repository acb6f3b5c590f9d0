from enum import StrEnum


class PolicyType(StrEnum):
    RETENTION = "retention"
    USAGE = "usage"

    def __str__(self) -> str:
        return str(self.value)
