from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.upload_file_response_200_upload_request_headers import (
        UploadFileResponse200UploadRequestHeaders,
    )


T = TypeVar("T", bound="UploadFileResponse200UploadRequest")


@_attrs_define
class UploadFileResponse200UploadRequest:
    """
    Attributes:
        method (str):
        url (str):
        headers (UploadFileResponse200UploadRequestHeaders):
    """

    method: str
    url: str
    headers: UploadFileResponse200UploadRequestHeaders
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        url = self.url

        headers = self.headers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "url": url,
                "headers": headers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upload_file_response_200_upload_request_headers import (
            UploadFileResponse200UploadRequestHeaders,  # noqa: PLC0415
        )

        d = dict(src_dict)
        method = d.pop("method")

        url = d.pop("url")

        headers = UploadFileResponse200UploadRequestHeaders.from_dict(d.pop("headers"))

        upload_file_response_200_upload_request = cls(
            method=method,
            url=url,
            headers=headers,
        )

        upload_file_response_200_upload_request.additional_properties = d
        return upload_file_response_200_upload_request

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
