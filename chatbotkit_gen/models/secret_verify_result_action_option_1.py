from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from typing import Literal

T = TypeVar("T", bound="SecretVerifyResultActionOption1")


_KNOWN_KEYS = frozenset(
    {
        "type",
        "url",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class SecretVerifyResultActionOption1:
    """
    Attributes:
        type (Literal['authenticate']):
        url (str):
    """

    type: Literal["authenticate"]
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.type, Unset):
            type = UNSET
        else:
            type = self.type

        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type is not UNSET:
            field_dict["type"] = type
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is SecretVerifyResultActionOption1:
            secret_verify_result_action_option_1 = _new_instance(cls)
            _type_raw = d.get("type", UNSET)
            if _type_raw is UNSET:
                secret_verify_result_action_option_1.type = UNSET
            else:
                type = _type_raw
                if type != "authenticate":
                    raise ValueError(f"type must match const 'authenticate', got '{type}'")
                secret_verify_result_action_option_1.type = type

            secret_verify_result_action_option_1.url = d.get("url", UNSET)

            if (
                builtins.len(d)
                + (secret_verify_result_action_option_1.type is UNSET)
                + (secret_verify_result_action_option_1.url is UNSET)
                > 2
            ):
                secret_verify_result_action_option_1.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                secret_verify_result_action_option_1.additional_properties = {}
            return secret_verify_result_action_option_1

        _type_raw = d.get("type", UNSET)
        if _type_raw is UNSET:
            type = UNSET
        else:
            type = _type_raw
            if type != "authenticate":
                raise ValueError(f"type must match const 'authenticate', got '{type}'")

        url = d.get("url", UNSET)

        secret_verify_result_action_option_1 = cls(
            type,
            url,
        )

        if builtins.len(d) + (type is UNSET) + (url is UNSET) > 2:
            secret_verify_result_action_option_1.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return secret_verify_result_action_option_1

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
