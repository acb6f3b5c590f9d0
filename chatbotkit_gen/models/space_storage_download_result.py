from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="SpaceStorageDownloadResult")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "url",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class SpaceStorageDownloadResult:
    """
    Attributes:
        id (str):
        url (str):
    """

    id: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is SpaceStorageDownloadResult:
            space_storage_download_result = _new_instance(cls)
            space_storage_download_result.id = d.get("id", UNSET)

            space_storage_download_result.url = d.get("url", UNSET)

            if (
                builtins.len(d)
                + (space_storage_download_result.id is UNSET)
                + (space_storage_download_result.url is UNSET)
                > 2
            ):
                space_storage_download_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                space_storage_download_result.additional_properties = {}
            return space_storage_download_result

        id = d.get("id", UNSET)

        url = d.get("url", UNSET)

        space_storage_download_result = cls(
            id,
            url,
        )

        if builtins.len(d) + (id is UNSET) + (url is UNSET) > 2:
            space_storage_download_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return space_storage_download_result

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
