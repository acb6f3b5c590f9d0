from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="BotRef")


_KNOWN_KEYS = frozenset(
    {
        "botId",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class BotRef:
    """
    Attributes:
        bot_id (str | Unset):
    """

    bot_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        bot_id = self.bot_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is BotRef:
            bot_ref = _new_instance(cls)
            bot_ref.bot_id = d.get("botId", UNSET)

            if builtins.len(d) + (bot_ref.bot_id is UNSET) > 1:
                bot_ref.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            else:
                bot_ref.additional_properties = {}
            return bot_ref

        bot_id = d.get("botId", UNSET)

        bot_ref = cls(
            bot_id,
        )

        if builtins.len(d) + (bot_id is UNSET) > 1:
            bot_ref.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_ref

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
