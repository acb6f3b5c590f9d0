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
    from ..models.conversation_attachment_upload_result_upload_request import (
        ConversationAttachmentUploadResultUploadRequest,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, ConversationAttachmentUploadResultUploadRequest
    from ..models.conversation_attachment_upload_result_upload_request import (
        ConversationAttachmentUploadResultUploadRequest,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="ConversationAttachmentUploadResult")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "uploadRequest",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ConversationAttachmentUploadResult:
    """
    Attributes:
        id (str):
        name (str | Unset):
        upload_request (ConversationAttachmentUploadResultUploadRequest | Unset):
    """

    id: str
    name: str | Unset = UNSET
    upload_request: ConversationAttachmentUploadResultUploadRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name = self.name

        upload_request: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upload_request, Unset):
            upload_request = self.upload_request.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if upload_request is not UNSET:
            field_dict["uploadRequest"] = upload_request

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ConversationAttachmentUploadResult:
            conversation_attachment_upload_result = _new_instance(cls)
            conversation_attachment_upload_result.id = d.get("id", UNSET)

            conversation_attachment_upload_result.name = d.get("name", UNSET)

            _upload_request = d.get("uploadRequest", UNSET)
            upload_request: ConversationAttachmentUploadResultUploadRequest | Unset
            if _upload_request is UNSET:
                upload_request = UNSET
            else:
                upload_request = ConversationAttachmentUploadResultUploadRequest.from_dict(
                    _upload_request
                )

            conversation_attachment_upload_result.upload_request = upload_request

            if (
                builtins.len(d)
                + (conversation_attachment_upload_result.id is UNSET)
                + (conversation_attachment_upload_result.name is UNSET)
                + (conversation_attachment_upload_result.upload_request is UNSET)
                > 3
            ):
                conversation_attachment_upload_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                conversation_attachment_upload_result.additional_properties = {}
            return conversation_attachment_upload_result

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        _upload_request = d.get("uploadRequest", UNSET)
        upload_request: ConversationAttachmentUploadResultUploadRequest | Unset
        if _upload_request is UNSET:
            upload_request = UNSET
        else:
            upload_request = ConversationAttachmentUploadResultUploadRequest.from_dict(
                _upload_request
            )

        conversation_attachment_upload_result = cls(
            id,
            name,
            upload_request,
        )

        if builtins.len(d) + (id is UNSET) + (name is UNSET) + (upload_request is UNSET) > 3:
            conversation_attachment_upload_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return conversation_attachment_upload_result

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
