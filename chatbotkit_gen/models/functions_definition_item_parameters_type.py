from enum import StrEnum


class FunctionsDefinitionItemParametersType(StrEnum):
    OBJECT = "object"

    def __str__(self) -> str:
        return str(self.value)
