from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="BotDownvoteRequest")


_KNOWN_KEYS = frozenset(
    {
        "value",
        "reason",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class BotDownvoteRequest:
    """
    Attributes:
        value (int | Unset):  Default: -100.
        reason (str | Unset):
    """

    value: int | Unset = -100
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if value is not UNSET:
            field_dict["value"] = value
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is BotDownvoteRequest:
            bot_downvote_request = _new_instance(cls)
            bot_downvote_request.value = d.get("value", UNSET)

            bot_downvote_request.reason = d.get("reason", UNSET)

            if (
                builtins.len(d)
                + (bot_downvote_request.value is UNSET)
                + (bot_downvote_request.reason is UNSET)
                > 2
            ):
                bot_downvote_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                bot_downvote_request.additional_properties = {}
            return bot_downvote_request

        value = d.get("value", UNSET)

        reason = d.get("reason", UNSET)

        bot_downvote_request = cls(
            value,
            reason,
        )

        if builtins.len(d) + (value is UNSET) + (reason is UNSET) > 2:
            bot_downvote_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return bot_downvote_request

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
