from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstanceRefProperties")


_KNOWN_KEYS = frozenset(
    {
        "alias",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class InstanceRefProperties:
    """
    Attributes:
        alias (str | Unset):
    """

    alias: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if alias is not UNSET:
            field_dict["alias"] = alias

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is InstanceRefProperties:
            instance_ref_properties = _new_instance(cls)
            instance_ref_properties.alias = d.get("alias", UNSET)

            if builtins.len(d) + (instance_ref_properties.alias is UNSET) > 1:
                instance_ref_properties.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                instance_ref_properties.additional_properties = {}
            return instance_ref_properties

        alias = d.get("alias", UNSET)

        instance_ref_properties = cls(
            alias,
        )

        if builtins.len(d) + (alias is UNSET) > 1:
            instance_ref_properties.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return instance_ref_properties

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
