from enum import StrEnum


class DatasetFileAttachmentType(StrEnum):
    SOURCE = "source"

    def __str__(self) -> str:
        return str(self.value)
