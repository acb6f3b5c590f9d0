from enum import StrEnum


class SecretVerifyResultActionOption1Type(StrEnum):
    AUTHENTICATE = "authenticate"

    def __str__(self) -> str:
        return str(self.value)
