from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileUploadRequestOption2File")


_KNOWN_KEYS = frozenset(
    {
        "type",
        "size",
        "name",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class FileUploadRequestOption2File:
    """
    Attributes:
        type (str):
        size (float):
        name (str | Unset):
    """

    type: str
    size: float
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.type, Unset):
            type = UNSET
        else:
            type = self.type

        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type is not UNSET:
            field_dict["type"] = type
        if size is not UNSET:
            field_dict["size"] = size
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is FileUploadRequestOption2File:
            file_upload_request_option_2_file = _new_instance(cls)
            file_upload_request_option_2_file.type = d.get("type", UNSET)

            file_upload_request_option_2_file.size = d.get("size", UNSET)

            file_upload_request_option_2_file.name = d.get("name", UNSET)

            if (
                builtins.len(d)
                + (file_upload_request_option_2_file.type is UNSET)
                + (file_upload_request_option_2_file.size is UNSET)
                + (file_upload_request_option_2_file.name is UNSET)
                > 3
            ):
                file_upload_request_option_2_file.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                file_upload_request_option_2_file.additional_properties = {}
            return file_upload_request_option_2_file

        type = d.get("type", UNSET)

        size = d.get("size", UNSET)

        name = d.get("name", UNSET)

        file_upload_request_option_2_file = cls(
            type,
            size,
            name,
        )

        if builtins.len(d) + (type is UNSET) + (size is UNSET) + (name is UNSET) > 3:
            file_upload_request_option_2_file.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return file_upload_request_option_2_file

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
