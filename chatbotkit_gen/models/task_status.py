from enum import StrEnum


class TaskStatus(StrEnum):
    CANCELED = "canceled"
    IDLE = "idle"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
