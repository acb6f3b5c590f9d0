from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchConversationRequestAttachmentsItem")


_KNOWN_KEYS = frozenset(
    {
        "url",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class DispatchConversationRequestAttachmentsItem:
    """
    Attributes:
        url (str | Unset):
    """

    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is DispatchConversationRequestAttachmentsItem:
            dispatch_conversation_request_attachments_item = _new_instance(cls)
            dispatch_conversation_request_attachments_item.url = d.get("url", UNSET)

            if builtins.len(d) + (dispatch_conversation_request_attachments_item.url is UNSET) > 1:
                dispatch_conversation_request_attachments_item.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                dispatch_conversation_request_attachments_item.additional_properties = {}
            return dispatch_conversation_request_attachments_item

        url = d.get("url", UNSET)

        dispatch_conversation_request_attachments_item = cls(
            url,
        )

        if builtins.len(d) + (url is UNSET) > 1:
            dispatch_conversation_request_attachments_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return dispatch_conversation_request_attachments_item

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
