from enum import StrEnum


class Accept(StrEnum):
    APPLICATIONJSON = "application/json"
    APPLICATIONTERRAFORMHCL = "application/terraform+hcl"

    def __str__(self) -> str:
        return str(self.value)
