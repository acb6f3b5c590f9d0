from enum import StrEnum


class TaskWorkflowOperationEndEventType(StrEnum):
    OPERATIONEND = "operationEnd"

    def __str__(self) -> str:
        return str(self.value)
