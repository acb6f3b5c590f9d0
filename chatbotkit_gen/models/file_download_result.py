from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="FileDownloadResult")


_KNOWN_KEYS = frozenset(
    {
        "url",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class FileDownloadResult:
    """
    Attributes:
        url (str):
    """

    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is FileDownloadResult:
            file_download_result = _new_instance(cls)
            file_download_result.url = d.get("url", UNSET)

            if builtins.len(d) + (file_download_result.url is UNSET) > 1:
                file_download_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                file_download_result.additional_properties = {}
            return file_download_result

        url = d.get("url", UNSET)

        file_download_result = cls(
            url,
        )

        if builtins.len(d) + (url is UNSET) > 1:
            file_download_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return file_download_result

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
