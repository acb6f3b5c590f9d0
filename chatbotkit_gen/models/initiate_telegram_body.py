from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="InitiateTelegramBody")


@_attrs_define
class InitiateTelegramBody:
    """
    Attributes:
        chat_id (float | str):
        text (str):
    """

    chat_id: float | str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chat_id: float | str
        chat_id = self.chat_id

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chatId": chat_id,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_chat_id(data: object) -> float | str:
            return cast(float | str, data)

        chat_id = _parse_chat_id(d.pop("chatId"))

        text = d.pop("text")

        initiate_telegram_body = cls(
            chat_id=chat_id,
            text=text,
        )

        initiate_telegram_body.additional_properties = d
        return initiate_telegram_body

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
