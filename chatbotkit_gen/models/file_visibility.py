from enum import StrEnum


class FileVisibility(StrEnum):
    PRIVATE = "private"
    PROTECTED = "protected"
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
