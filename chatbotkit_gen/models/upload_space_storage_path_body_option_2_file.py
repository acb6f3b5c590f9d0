from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upload_space_storage_path_body_option_2_file_meta import (
        UploadSpaceStoragePathBodyOption2FileMeta,
    )


T = TypeVar("T", bound="UploadSpaceStoragePathBodyOption2File")


@_attrs_define
class UploadSpaceStoragePathBodyOption2File:
    """
    Attributes:
        type_ (str):
        size (float):
        meta (UploadSpaceStoragePathBodyOption2FileMeta | Unset):
    """

    type_: str
    size: float
    meta: UploadSpaceStoragePathBodyOption2FileMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if size is not UNSET:
            field_dict["size"] = size
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upload_space_storage_path_body_option_2_file_meta import (
            UploadSpaceStoragePathBodyOption2FileMeta,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if isinstance(_type__raw, Unset):
            type_ = UNSET
        else:
            type_ = _type__raw

        _size_raw = d.pop("size", UNSET)
        if isinstance(_size_raw, Unset):
            size = UNSET
        else:
            size = _size_raw

        _meta = d.pop("meta", UNSET)
        meta: UploadSpaceStoragePathBodyOption2FileMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = UploadSpaceStoragePathBodyOption2FileMeta.from_dict(_meta)

        upload_space_storage_path_body_option_2_file = cls(
            type_=type_,
            size=size,
            meta=meta,
        )

        upload_space_storage_path_body_option_2_file.additional_properties = d
        return upload_space_storage_path_body_option_2_file

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
