from enum import StrEnum


class ListTaskExecutionsStatus(StrEnum):
    CANCELED = "canceled"
    IDLE = "idle"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)
