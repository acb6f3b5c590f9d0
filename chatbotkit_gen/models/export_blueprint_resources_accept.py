from enum import StrEnum


class ExportBlueprintResourcesAccept(StrEnum):
    APPLICATIONJSON = "application/json"
    APPLICATIONTERRAFORMHCL = "application/terraform+hcl"

    def __str__(self) -> str:
        return str(self.value)
