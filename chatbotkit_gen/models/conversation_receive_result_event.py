from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_receive_result_event_type import (
    ConversationReceiveResultEventType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_receive_result import ConversationReceiveResult


T = TypeVar("T", bound="ConversationReceiveResultEvent")


@_attrs_define
class ConversationReceiveResultEvent:
    """
    Attributes:
        type_ (ConversationReceiveResultEventType | Unset):
        data (ConversationReceiveResult | Unset):
    """

    type_: ConversationReceiveResultEventType | Unset = UNSET
    data: ConversationReceiveResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conversation_receive_result import ConversationReceiveResult  # noqa: PLC0415

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ConversationReceiveResultEventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ConversationReceiveResultEventType(_type_)

        _data = d.pop("data", UNSET)
        data: ConversationReceiveResult | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ConversationReceiveResult.from_dict(_data)

        conversation_receive_result_event = cls(
            type_=type_,
            data=data,
        )

        conversation_receive_result_event.additional_properties = d
        return conversation_receive_result_event

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
