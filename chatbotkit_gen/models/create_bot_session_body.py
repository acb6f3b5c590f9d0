from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_bot_session_body_messages_item import (
        CreateBotSessionBodyMessagesItem,
    )
    from ..models.meta import Meta


T = TypeVar("T", bound="CreateBotSessionBody")


@_attrs_define
class CreateBotSessionBody:
    """
    Attributes:
        duration_in_seconds (float | Unset):
        messages (list[CreateBotSessionBodyMessagesItem] | Unset):
        meta (Meta | Unset):
    """

    duration_in_seconds: float | Unset = UNSET
    messages: list[CreateBotSessionBodyMessagesItem] | Unset = UNSET
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration_in_seconds = self.duration_in_seconds

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if duration_in_seconds is not UNSET:
            field_dict["durationInSeconds"] = duration_in_seconds
        if messages is not UNSET:
            field_dict["messages"] = messages
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_bot_session_body_messages_item import (
            CreateBotSessionBodyMessagesItem,  # noqa: PLC0415
        )
        from ..models.meta import Meta  # noqa: PLC0415

        d = dict(src_dict)
        duration_in_seconds = d.pop("durationInSeconds", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[CreateBotSessionBodyMessagesItem] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = CreateBotSessionBodyMessagesItem.from_dict(messages_item_data)

                messages.append(messages_item)

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        create_bot_session_body = cls(
            duration_in_seconds=duration_in_seconds,
            messages=messages,
            meta=meta,
        )

        create_bot_session_body.additional_properties = d
        return create_bot_session_body

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
