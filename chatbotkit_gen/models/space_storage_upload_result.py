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
    from ..models.space_storage_upload_result_upload_request import (
        SpaceStorageUploadResultUploadRequest,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, SpaceStorageUploadResultUploadRequest
    from ..models.space_storage_upload_result_upload_request import (
        SpaceStorageUploadResultUploadRequest,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="SpaceStorageUploadResult")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "path",
        "uploadRequest",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class SpaceStorageUploadResult:
    """
    Attributes:
        id (str):
        path (str):
        upload_request (SpaceStorageUploadResultUploadRequest | Unset):
    """

    id: str
    path: str
    upload_request: SpaceStorageUploadResultUploadRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        upload_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upload_request, Unset):
            upload_request = self.upload_request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if path is not UNSET:
            field_dict["path"] = path
        if upload_request is not UNSET:
            field_dict["uploadRequest"] = upload_request

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is SpaceStorageUploadResult:
            space_storage_upload_result = _new_instance(cls)
            space_storage_upload_result.id = d.get("id", UNSET)

            space_storage_upload_result.path = d.get("path", UNSET)

            _upload_request = d.get("uploadRequest", UNSET)
            upload_request: SpaceStorageUploadResultUploadRequest | Unset
            if _upload_request is UNSET:
                upload_request = UNSET
            else:
                upload_request = SpaceStorageUploadResultUploadRequest.from_dict(_upload_request)

            space_storage_upload_result.upload_request = upload_request

            if (
                builtins.len(d)
                + (space_storage_upload_result.id is UNSET)
                + (space_storage_upload_result.path is UNSET)
                + (space_storage_upload_result.upload_request is UNSET)
                > 3
            ):
                space_storage_upload_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                space_storage_upload_result.additional_properties = {}
            return space_storage_upload_result

        id = d.get("id", UNSET)

        path = d.get("path", UNSET)

        _upload_request = d.get("uploadRequest", UNSET)
        upload_request: SpaceStorageUploadResultUploadRequest | Unset
        if _upload_request is UNSET:
            upload_request = UNSET
        else:
            upload_request = SpaceStorageUploadResultUploadRequest.from_dict(_upload_request)

        space_storage_upload_result = cls(
            id,
            path,
            upload_request,
        )

        if builtins.len(d) + (id is UNSET) + (path is UNSET) + (upload_request is UNSET) > 3:
            space_storage_upload_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return space_storage_upload_result

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
