from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_upload_request_option_2_file import FileUploadRequestOption2File

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, FileUploadRequestOption2File
    from ..models.file_upload_request_option_2_file import FileUploadRequestOption2File  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="FileUploadRequestOption2")


_KNOWN_KEYS = frozenset(
    {
        "file",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class FileUploadRequestOption2:
    """
    Attributes:
        file (FileUploadRequestOption2File | Unset):
    """

    file: FileUploadRequestOption2File | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        file: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is FileUploadRequestOption2:
            file_upload_request_option_2 = _new_instance(cls)
            _file = d.get("file", UNSET)
            file: FileUploadRequestOption2File | Unset
            if _file is UNSET:
                file = UNSET
            else:
                file = FileUploadRequestOption2File.from_dict(_file)

            file_upload_request_option_2.file = file

            if builtins.len(d) + (file_upload_request_option_2.file is UNSET) > 1:
                file_upload_request_option_2.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                file_upload_request_option_2.additional_properties = {}
            return file_upload_request_option_2

        _file = d.get("file", UNSET)
        file: FileUploadRequestOption2File | Unset
        if _file is UNSET:
            file = UNSET
        else:
            file = FileUploadRequestOption2File.from_dict(_file)

        file_upload_request_option_2 = cls(
            file,
        )

        if builtins.len(d) + (file is UNSET) > 1:
            file_upload_request_option_2.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return file_upload_request_option_2

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
