from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InitiateRecallBody")


@_attrs_define
class InitiateRecallBody:
    """
    Attributes:
        meeting_url (str):
        text (str):
        bot_name (str | Unset):
    """

    meeting_url: str
    text: str
    bot_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.meeting_url, Unset):
            meeting_url = UNSET
        else:
            meeting_url = self.meeting_url

        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        bot_name = self.bot_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if meeting_url is not UNSET:
            field_dict["meetingUrl"] = meeting_url
        if text is not UNSET:
            field_dict["text"] = text
        if bot_name is not UNSET:
            field_dict["botName"] = bot_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _meeting_url_raw = d.pop("meetingUrl", UNSET)
        if isinstance(_meeting_url_raw, Unset):
            meeting_url = UNSET
        else:
            meeting_url = _meeting_url_raw

        _text_raw = d.pop("text", UNSET)
        if isinstance(_text_raw, Unset):
            text = UNSET
        else:
            text = _text_raw

        bot_name = d.pop("botName", UNSET)

        initiate_recall_body = cls(
            meeting_url=meeting_url,
            text=text,
            bot_name=bot_name,
        )

        initiate_recall_body.additional_properties = d
        return initiate_recall_body

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
