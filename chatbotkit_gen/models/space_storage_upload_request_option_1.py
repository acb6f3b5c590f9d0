from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpaceStorageUploadRequestOption1")


_KNOWN_KEYS = frozenset(
    {
        "file",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class SpaceStorageUploadRequestOption1:
    """
    Attributes:
        file (str | Unset):
    """

    file: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is SpaceStorageUploadRequestOption1:
            space_storage_upload_request_option_1 = _new_instance(cls)
            space_storage_upload_request_option_1.file = d.get("file", UNSET)

            if builtins.len(d) + (space_storage_upload_request_option_1.file is UNSET) > 1:
                space_storage_upload_request_option_1.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                space_storage_upload_request_option_1.additional_properties = {}
            return space_storage_upload_request_option_1

        file = d.get("file", UNSET)

        space_storage_upload_request_option_1 = cls(
            file,
        )

        if builtins.len(d) + (file is UNSET) > 1:
            space_storage_upload_request_option_1.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return space_storage_upload_request_option_1

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
