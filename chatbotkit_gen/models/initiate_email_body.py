from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InitiateEmailBody")


@_attrs_define
class InitiateEmailBody:
    """
    Attributes:
        email (str):
        subject (str):
        text (str):
    """

    email: str
    subject: str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if email is not UNSET:
            field_dict["email"] = email
        if subject is not UNSET:
            field_dict["subject"] = subject
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _email_raw = d.pop("email", UNSET)
        if isinstance(_email_raw, Unset):
            email = UNSET
        else:
            email = _email_raw

        _subject_raw = d.pop("subject", UNSET)
        if isinstance(_subject_raw, Unset):
            subject = UNSET
        else:
            subject = _subject_raw

        _text_raw = d.pop("text", UNSET)
        if isinstance(_text_raw, Unset):
            text = UNSET
        else:
            text = _text_raw

        initiate_email_body = cls(
            email=email,
            subject=subject,
            text=text,
        )

        initiate_email_body.additional_properties = d
        return initiate_email_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
