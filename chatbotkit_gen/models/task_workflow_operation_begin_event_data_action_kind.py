from enum import StrEnum


class TaskWorkflowOperationBeginEventDataActionKind(StrEnum):
    DATASET = "dataset"
    FUNCTION = "function"
    SKILLSET = "skillset"

    def __str__(self) -> str:
        return str(self.value)
