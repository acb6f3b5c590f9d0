from enum import StrEnum


class JsonSchemaObjectType(StrEnum):
    OBJECT = "object"

    def __str__(self) -> str:
        return str(self.value)
