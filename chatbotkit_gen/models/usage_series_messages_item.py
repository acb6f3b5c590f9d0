from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="UsageSeriesMessagesItem")


_KNOWN_KEYS = frozenset(
    {
        "date",
        "total",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class UsageSeriesMessagesItem:
    """
    Attributes:
        date (float):
        total (float):
    """

    date: float
    total: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if date is not UNSET:
            field_dict["date"] = date
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is UsageSeriesMessagesItem:
            usage_series_messages_item = _new_instance(cls)
            usage_series_messages_item.date = d.get("date", UNSET)

            usage_series_messages_item.total = d.get("total", UNSET)

            if (
                builtins.len(d)
                + (usage_series_messages_item.date is UNSET)
                + (usage_series_messages_item.total is UNSET)
                > 2
            ):
                usage_series_messages_item.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                usage_series_messages_item.additional_properties = {}
            return usage_series_messages_item

        date = d.get("date", UNSET)

        total = d.get("total", UNSET)

        usage_series_messages_item = cls(
            date,
            total,
        )

        if builtins.len(d) + (date is UNSET) + (total is UNSET) > 2:
            usage_series_messages_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return usage_series_messages_item

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
