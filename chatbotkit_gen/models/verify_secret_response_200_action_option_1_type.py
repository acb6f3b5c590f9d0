from enum import StrEnum


class VerifySecretResponse200ActionOption1Type(StrEnum):
    AUTHENTICATE = "authenticate"

    def __str__(self) -> str:
        return str(self.value)
