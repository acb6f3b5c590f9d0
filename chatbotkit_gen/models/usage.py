from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="Usage")


_KNOWN_KEYS = frozenset(
    {
        "token",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class Usage:
    """
    Attributes:
        token (float):
    """

    token: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is Usage:
            usage = _new_instance(cls)
            usage.token = d.get("token", UNSET)

            if builtins.len(d) + (usage.token is UNSET) > 1:
                usage.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            else:
                usage.additional_properties = {}
            return usage

        token = d.get("token", UNSET)

        usage = cls(
            token,
        )

        if builtins.len(d) + (token is UNSET) > 1:
            usage.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return usage

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
