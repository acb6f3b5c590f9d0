from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.file_upload_result_upload_request_headers import (
        FileUploadResultUploadRequestHeaders,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, FileUploadResultUploadRequestHeaders
    from ..models.file_upload_result_upload_request_headers import (
        FileUploadResultUploadRequestHeaders,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="FileUploadResultUploadRequest")


_KNOWN_KEYS = frozenset(
    {
        "method",
        "url",
        "headers",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class FileUploadResultUploadRequest:
    """
    Attributes:
        method (str):
        url (str):
        headers (FileUploadResultUploadRequestHeaders):
    """

    method: str
    url: str
    headers: FileUploadResultUploadRequestHeaders
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is FileUploadResultUploadRequest:
            file_upload_result_upload_request = _new_instance(cls)
            file_upload_result_upload_request.method = d.get("method", UNSET)

            file_upload_result_upload_request.url = d.get("url", UNSET)

            _headers = d.get("headers", UNSET)
            if _headers is UNSET:
                file_upload_result_upload_request.headers = UNSET
            else:
                headers = _new_instance(FileUploadResultUploadRequestHeaders)
                headers.additional_properties = (
                    {**_headers} if builtins.type(_headers) is dict else dict(_headers)
                )
                file_upload_result_upload_request.headers = headers

            if (
                builtins.len(d)
                + (file_upload_result_upload_request.method is UNSET)
                + (file_upload_result_upload_request.url is UNSET)
                + (file_upload_result_upload_request.headers is UNSET)
                > 3
            ):
                file_upload_result_upload_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                file_upload_result_upload_request.additional_properties = {}
            return file_upload_result_upload_request

        method = d.get("method", UNSET)

        url = d.get("url", UNSET)

        _headers_raw = d.get("headers", UNSET)
        if _headers_raw is UNSET:
            headers = UNSET
        else:
            headers = FileUploadResultUploadRequestHeaders.from_dict(_headers_raw)

        file_upload_result_upload_request = cls(
            method,
            url,
            headers,
        )

        if builtins.len(d) + (method is UNSET) + (url is UNSET) + (headers is UNSET) > 3:
            file_upload_result_upload_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return file_upload_result_upload_request

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
