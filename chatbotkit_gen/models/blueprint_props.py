from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlueprintProps")


_KNOWN_KEYS = frozenset(
    {
        "blueprintId",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class BlueprintProps:
    """
    Attributes:
        blueprint_id (str | Unset):
    """

    blueprint_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        blueprint_id = self.blueprint_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if blueprint_id is not UNSET:
            field_dict["blueprintId"] = blueprint_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is BlueprintProps:
            blueprint_props = _new_instance(cls)
            blueprint_props.blueprint_id = d.get("blueprintId", UNSET)

            if builtins.len(d) + (blueprint_props.blueprint_id is UNSET) > 1:
                blueprint_props.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                blueprint_props.additional_properties = {}
            return blueprint_props

        blueprint_id = d.get("blueprintId", UNSET)

        blueprint_props = cls(
            blueprint_id,
        )

        if builtins.len(d) + (blueprint_id is UNSET) > 1:
            blueprint_props.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return blueprint_props

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
