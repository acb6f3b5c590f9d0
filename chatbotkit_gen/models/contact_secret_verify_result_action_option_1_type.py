from enum import StrEnum


class ContactSecretVerifyResultActionOption1Type(StrEnum):
    AUTHENTICATE = "authenticate"

    def __str__(self) -> str:
        return str(self.value)
