from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpaceStoragePageItemsItem")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "path",
        "size",
        "updatedAt",
        "isDirectory",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class SpaceStoragePageItemsItem:
    """
    Attributes:
        id (str | Unset):
        path (str | Unset):
        size (float | Unset):
        updated_at (float | Unset):
        is_directory (bool | Unset):
    """

    id: str | Unset = UNSET
    path: str | Unset = UNSET
    size: float | Unset = UNSET
    updated_at: float | Unset = UNSET
    is_directory: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        path = self.path

        size = self.size

        updated_at = self.updated_at

        is_directory = self.is_directory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if path is not UNSET:
            field_dict["path"] = path
        if size is not UNSET:
            field_dict["size"] = size
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if is_directory is not UNSET:
            field_dict["isDirectory"] = is_directory

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is SpaceStoragePageItemsItem:
            space_storage_page_items_item = _new_instance(cls)
            space_storage_page_items_item.id = d.pop("id", UNSET)

            space_storage_page_items_item.path = d.pop("path", UNSET)

            space_storage_page_items_item.size = d.pop("size", UNSET)

            space_storage_page_items_item.updated_at = d.pop("updatedAt", UNSET)

            space_storage_page_items_item.is_directory = d.pop("isDirectory", UNSET)

            space_storage_page_items_item.additional_properties = {**d} if d else {}
            return space_storage_page_items_item

        id = d.get("id", UNSET)

        path = d.get("path", UNSET)

        size = d.get("size", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        is_directory = d.get("isDirectory", UNSET)

        space_storage_page_items_item = cls(
            id,
            path,
            size,
            updated_at,
            is_directory,
        )

        if not _KNOWN_KEYS.issuperset(d):
            space_storage_page_items_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return space_storage_page_items_item

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
