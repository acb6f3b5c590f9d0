from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_secret_verify_result_action_option_1_type import (
    ContactSecretVerifyResultActionOption1Type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactSecretVerifyResultActionOption1")


_KNOWN_KEYS = frozenset(
    {
        "type",
        "url",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ContactSecretVerifyResultActionOption1:
    """
    Attributes:
        type_ (ContactSecretVerifyResultActionOption1Type):
        url (str):
    """

    type_: ContactSecretVerifyResultActionOption1Type
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_.value

        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _type__raw = d.get("type", UNSET)
        if _type__raw is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = ContactSecretVerifyResultActionOption1Type._value2member_map_[_type__raw]
            except (KeyError, TypeError):
                type_ = ContactSecretVerifyResultActionOption1Type(_type__raw)

        url = d.get("url", UNSET)

        contact_secret_verify_result_action_option_1 = cls(
            type_,
            url,
        )

        if not _KNOWN_KEYS.issuperset(d):
            contact_secret_verify_result_action_option_1.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return contact_secret_verify_result_action_option_1

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
