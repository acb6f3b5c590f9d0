from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventLogSubscribeRequest")


_KNOWN_KEYS = frozenset(
    {
        "historyLength",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class EventLogSubscribeRequest:
    """
    Attributes:
        history_length (int | Unset):
    """

    history_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        history_length = self.history_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if history_length is not UNSET:
            field_dict["historyLength"] = history_length

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is EventLogSubscribeRequest:
            event_log_subscribe_request = _new_instance(cls)
            event_log_subscribe_request.history_length = d.get("historyLength", UNSET)

            if builtins.len(d) + (event_log_subscribe_request.history_length is UNSET) > 1:
                event_log_subscribe_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                event_log_subscribe_request.additional_properties = {}
            return event_log_subscribe_request

        history_length = d.get("historyLength", UNSET)

        event_log_subscribe_request = cls(
            history_length,
        )

        if builtins.len(d) + (history_length is UNSET) > 1:
            event_log_subscribe_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return event_log_subscribe_request

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
