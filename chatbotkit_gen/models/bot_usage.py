from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="BotUsage")


_KNOWN_KEYS = frozenset(
    {
        "tokens",
        "conversations",
        "messages",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class BotUsage:
    """
    Attributes:
        tokens (int | Unset):
        conversations (int | Unset):
        messages (int | Unset):
    """

    tokens: int | Unset = UNSET
    conversations: int | Unset = UNSET
    messages: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        tokens = self.tokens

        conversations = self.conversations

        messages = self.messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if conversations is not UNSET:
            field_dict["conversations"] = conversations
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is BotUsage:
            bot_usage = _new_instance(cls)
            bot_usage.tokens = d.get("tokens", UNSET)

            bot_usage.conversations = d.get("conversations", UNSET)

            bot_usage.messages = d.get("messages", UNSET)

            if (
                builtins.len(d)
                + (bot_usage.tokens is UNSET)
                + (bot_usage.conversations is UNSET)
                + (bot_usage.messages is UNSET)
                > 3
            ):
                bot_usage.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                bot_usage.additional_properties = {}
            return bot_usage

        tokens = d.get("tokens", UNSET)

        conversations = d.get("conversations", UNSET)

        messages = d.get("messages", UNSET)

        bot_usage = cls(
            tokens,
            conversations,
            messages,
        )

        if builtins.len(d) + (tokens is UNSET) + (conversations is UNSET) + (messages is UNSET) > 3:
            bot_usage.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_usage

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
