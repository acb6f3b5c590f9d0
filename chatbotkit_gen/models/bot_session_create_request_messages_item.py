from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..models.message_type import MessageType

T = TypeVar("T", bound="BotSessionCreateRequestMessagesItem")


_KNOWN_KEYS = frozenset(
    {
        "type",
        "text",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class BotSessionCreateRequestMessagesItem:
    """
    Attributes:
        type (MessageType):
        text (str):
    """

    type: MessageType
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.type, Unset):
            type = UNSET
        else:
            type = self.type.value

        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type is not UNSET:
            field_dict["type"] = type
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is BotSessionCreateRequestMessagesItem:
            bot_session_create_request_messages_item = _new_instance(cls)
            _type_raw = d.get("type", UNSET)
            if _type_raw is UNSET:
                bot_session_create_request_messages_item.type = UNSET
            else:
                try:
                    type = MessageType._value2member_map_[_type_raw]
                except (KeyError, TypeError):
                    type = MessageType(_type_raw)

                bot_session_create_request_messages_item.type = type

            bot_session_create_request_messages_item.text = d.get("text", UNSET)

            if (
                builtins.len(d)
                + (bot_session_create_request_messages_item.type is UNSET)
                + (bot_session_create_request_messages_item.text is UNSET)
                > 2
            ):
                bot_session_create_request_messages_item.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                bot_session_create_request_messages_item.additional_properties = {}
            return bot_session_create_request_messages_item

        _type_raw = d.get("type", UNSET)
        if _type_raw is UNSET:
            type = UNSET
        else:
            try:
                type = MessageType._value2member_map_[_type_raw]
            except (KeyError, TypeError):
                type = MessageType(_type_raw)

        text = d.get("text", UNSET)

        bot_session_create_request_messages_item = cls(
            type,
            text,
        )

        if builtins.len(d) + (type is UNSET) + (text is UNSET) > 2:
            bot_session_create_request_messages_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return bot_session_create_request_messages_item

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
