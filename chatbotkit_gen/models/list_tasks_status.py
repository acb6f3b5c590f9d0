from enum import StrEnum


class ListTasksStatus(StrEnum):
    CANCELED = "canceled"
    IDLE = "idle"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
