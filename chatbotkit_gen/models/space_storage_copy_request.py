from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="SpaceStorageCopyRequest")


_KNOWN_KEYS = frozenset(
    {
        "destinationPath",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class SpaceStorageCopyRequest:
    """
    Attributes:
        destination_path (str):
    """

    destination_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.destination_path, Unset):
            destination_path = UNSET
        else:
            destination_path = self.destination_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if destination_path is not UNSET:
            field_dict["destinationPath"] = destination_path

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is SpaceStorageCopyRequest:
            space_storage_copy_request = _new_instance(cls)
            space_storage_copy_request.destination_path = d.get("destinationPath", UNSET)

            if builtins.len(d) + (space_storage_copy_request.destination_path is UNSET) > 1:
                space_storage_copy_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                space_storage_copy_request.additional_properties = {}
            return space_storage_copy_request

        destination_path = d.get("destinationPath", UNSET)

        space_storage_copy_request = cls(
            destination_path,
        )

        if builtins.len(d) + (destination_path is UNSET) > 1:
            space_storage_copy_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return space_storage_copy_request

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
