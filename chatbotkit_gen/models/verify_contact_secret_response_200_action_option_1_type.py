from enum import StrEnum


class VerifyContactSecretResponse200ActionOption1Type(StrEnum):
    AUTHENTICATE = "authenticate"

    def __str__(self) -> str:
        return str(self.value)
