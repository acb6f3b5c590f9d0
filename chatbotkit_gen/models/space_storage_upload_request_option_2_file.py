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
    from ..models.space_storage_upload_request_option_2_file_meta import (
        SpaceStorageUploadRequestOption2FileMeta,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, SpaceStorageUploadRequestOption2FileMeta
    from ..models.space_storage_upload_request_option_2_file_meta import (
        SpaceStorageUploadRequestOption2FileMeta,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="SpaceStorageUploadRequestOption2File")


_KNOWN_KEYS = frozenset(
    {
        "type",
        "size",
        "meta",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class SpaceStorageUploadRequestOption2File:
    """
    Attributes:
        type (str):
        size (float):
        meta (SpaceStorageUploadRequestOption2FileMeta | Unset):
    """

    type: str
    size: float
    meta: SpaceStorageUploadRequestOption2FileMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.type, Unset):
            type = UNSET
        else:
            type = self.type

        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type is not UNSET:
            field_dict["type"] = type
        if size is not UNSET:
            field_dict["size"] = size
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is SpaceStorageUploadRequestOption2File:
            space_storage_upload_request_option_2_file = _new_instance(cls)
            space_storage_upload_request_option_2_file.type = d.get("type", UNSET)

            space_storage_upload_request_option_2_file.size = d.get("size", UNSET)

            _meta = d.get("meta", UNSET)
            if _meta is UNSET:
                space_storage_upload_request_option_2_file.meta = UNSET
            else:
                meta = _new_instance(SpaceStorageUploadRequestOption2FileMeta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                space_storage_upload_request_option_2_file.meta = meta

            if (
                builtins.len(d)
                + (space_storage_upload_request_option_2_file.type is UNSET)
                + (space_storage_upload_request_option_2_file.size is UNSET)
                + (space_storage_upload_request_option_2_file.meta is UNSET)
                > 3
            ):
                space_storage_upload_request_option_2_file.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                space_storage_upload_request_option_2_file.additional_properties = {}
            return space_storage_upload_request_option_2_file

        type = d.get("type", UNSET)

        size = d.get("size", UNSET)

        _meta = d.get("meta", UNSET)
        meta: SpaceStorageUploadRequestOption2FileMeta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = SpaceStorageUploadRequestOption2FileMeta.from_dict(_meta)

        space_storage_upload_request_option_2_file = cls(
            type,
            size,
            meta,
        )

        if builtins.len(d) + (type is UNSET) + (size is UNSET) + (meta is UNSET) > 3:
            space_storage_upload_request_option_2_file.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return space_storage_upload_request_option_2_file

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
