from enum import StrEnum


class SecretType(StrEnum):
    BASIC = "basic"
    BEARER = "bearer"
    JWT = "jwt"
    OAUTH = "oauth"
    PLAIN = "plain"
    REFERENCE = "reference"
    TEMPLATE = "template"

    def __str__(self) -> str:
        return str(self.value)
