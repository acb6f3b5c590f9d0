from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from io import BytesIO

from ..types import File

T = TypeVar("T", bound="FileUploadForm")


_KNOWN_KEYS = frozenset(
    {
        "file",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class FileUploadForm:
    """
    Attributes:
        file (File):
    """

    file: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.file, Unset):
            file = UNSET
        else:
            file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is FileUploadForm:
            file_upload_form = _new_instance(cls)
            _file_raw = d.get("file", UNSET)
            if _file_raw is UNSET:
                file_upload_form.file = UNSET
            else:
                file = File(payload=BytesIO(_file_raw))

                file_upload_form.file = file

            if builtins.len(d) + (file_upload_form.file is UNSET) > 1:
                file_upload_form.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                file_upload_form.additional_properties = {}
            return file_upload_form

        _file_raw = d.get("file", UNSET)
        if _file_raw is UNSET:
            file = UNSET
        else:
            file = File(payload=BytesIO(_file_raw))

        file_upload_form = cls(
            file,
        )

        if builtins.len(d) + (file is UNSET) > 1:
            file_upload_form.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return file_upload_form

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
