from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_type import MessageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateConversationBodyMessagesItem")


@_attrs_define
class CreateConversationBodyMessagesItem:
    """
    Attributes:
        type_ (MessageType):
        text (str):
    """

    type_: MessageType
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_.value

        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if isinstance(_type__raw, Unset):
            type_ = UNSET
        else:
            type_ = MessageType(_type__raw)

        _text_raw = d.pop("text", UNSET)
        if isinstance(_text_raw, Unset):
            text = UNSET
        else:
            text = _text_raw

        create_conversation_body_messages_item = cls(
            type_=type_,
            text=text,
        )

        create_conversation_body_messages_item.additional_properties = d
        return create_conversation_body_messages_item

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
