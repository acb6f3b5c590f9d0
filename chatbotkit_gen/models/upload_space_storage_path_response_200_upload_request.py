from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upload_space_storage_path_response_200_upload_request_headers import (
        UploadSpaceStoragePathResponse200UploadRequestHeaders,
    )


T = TypeVar("T", bound="UploadSpaceStoragePathResponse200UploadRequest")


@_attrs_define
class UploadSpaceStoragePathResponse200UploadRequest:
    """
    Attributes:
        method (str):
        url (str):
        headers (UploadSpaceStoragePathResponse200UploadRequestHeaders):
    """

    method: str
    url: str
    headers: UploadSpaceStoragePathResponse200UploadRequestHeaders
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        if isinstance(self.headers, Unset):
            headers = UNSET
        else:
            headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if method is not UNSET:
            field_dict["method"] = method
        if url is not UNSET:
            field_dict["url"] = url
        if headers is not UNSET:
            field_dict["headers"] = headers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upload_space_storage_path_response_200_upload_request_headers import (
            UploadSpaceStoragePathResponse200UploadRequestHeaders,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _method_raw = d.pop("method", UNSET)
        if isinstance(_method_raw, Unset):
            method = UNSET
        else:
            method = _method_raw

        _url_raw = d.pop("url", UNSET)
        if isinstance(_url_raw, Unset):
            url = UNSET
        else:
            url = _url_raw

        _headers_raw = d.pop("headers", UNSET)
        if isinstance(_headers_raw, Unset):
            headers = UNSET
        else:
            headers = UploadSpaceStoragePathResponse200UploadRequestHeaders.from_dict(_headers_raw)

        upload_space_storage_path_response_200_upload_request = cls(
            method=method,
            url=url,
            headers=headers,
        )

        upload_space_storage_path_response_200_upload_request.additional_properties = d
        return upload_space_storage_path_response_200_upload_request

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
