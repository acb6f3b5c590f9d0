from enum import StrEnum


class TaskWorkflowOperationBeginEventType(StrEnum):
    OPERATIONBEGIN = "operationBegin"

    def __str__(self) -> str:
        return str(self.value)
