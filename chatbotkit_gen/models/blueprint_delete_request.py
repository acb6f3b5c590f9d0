from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlueprintDeleteRequest")


_KNOWN_KEYS = frozenset(
    {
        "deleteResources",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class BlueprintDeleteRequest:
    """
    Attributes:
        delete_resources (bool | Unset):  Default: False.
    """

    delete_resources: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        delete_resources = self.delete_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if delete_resources is not UNSET:
            field_dict["deleteResources"] = delete_resources

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is BlueprintDeleteRequest:
            blueprint_delete_request = _new_instance(cls)
            blueprint_delete_request.delete_resources = d.get("deleteResources", UNSET)

            if builtins.len(d) + (blueprint_delete_request.delete_resources is UNSET) > 1:
                blueprint_delete_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                blueprint_delete_request.additional_properties = {}
            return blueprint_delete_request

        delete_resources = d.get("deleteResources", UNSET)

        blueprint_delete_request = cls(
            delete_resources,
        )

        if builtins.len(d) + (delete_resources is UNSET) > 1:
            blueprint_delete_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return blueprint_delete_request

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
