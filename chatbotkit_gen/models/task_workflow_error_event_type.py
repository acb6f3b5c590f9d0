from enum import StrEnum


class TaskWorkflowErrorEventType(StrEnum):
    ERROR = "error"

    def __str__(self) -> str:
        return str(self.value)
