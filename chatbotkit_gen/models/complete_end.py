from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..models.complete_reason import CompleteReason

T = TypeVar("T", bound="CompleteEnd")


_KNOWN_KEYS = frozenset(
    {
        "reason",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class CompleteEnd:
    """
    Attributes:
        reason (CompleteReason):
    """

    reason: CompleteReason
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is CompleteEnd:
            complete_end = _new_instance(cls)
            _reason_raw = d.get("reason", UNSET)
            if _reason_raw is UNSET:
                complete_end.reason = UNSET
            else:
                try:
                    reason = CompleteReason._value2member_map_[_reason_raw]
                except (KeyError, TypeError):
                    reason = CompleteReason(_reason_raw)

                complete_end.reason = reason

            if builtins.len(d) + (complete_end.reason is UNSET) > 1:
                complete_end.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                complete_end.additional_properties = {}
            return complete_end

        _reason_raw = d.get("reason", UNSET)
        if _reason_raw is UNSET:
            reason = UNSET
        else:
            try:
                reason = CompleteReason._value2member_map_[_reason_raw]
            except (KeyError, TypeError):
                reason = CompleteReason(_reason_raw)

        complete_end = cls(
            reason,
        )

        if builtins.len(d) + (reason is UNSET) > 1:
            complete_end.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return complete_end

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
