from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecutionLimits")


_KNOWN_KEYS = frozenset(
    {
        "iterations",
        "continuations",
        "calls",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ExecutionLimits:
    """
    Attributes:
        iterations (int | Unset):
        continuations (int | Unset):
        calls (int | Unset):
    """

    iterations: int | Unset = UNSET
    continuations: int | Unset = UNSET
    calls: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        iterations = self.iterations

        continuations = self.continuations

        calls = self.calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if iterations is not UNSET:
            field_dict["iterations"] = iterations
        if continuations is not UNSET:
            field_dict["continuations"] = continuations
        if calls is not UNSET:
            field_dict["calls"] = calls

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ExecutionLimits:
            execution_limits = _new_instance(cls)
            execution_limits.iterations = d.get("iterations", UNSET)

            execution_limits.continuations = d.get("continuations", UNSET)

            execution_limits.calls = d.get("calls", UNSET)

            if (
                builtins.len(d)
                + (execution_limits.iterations is UNSET)
                + (execution_limits.continuations is UNSET)
                + (execution_limits.calls is UNSET)
                > 3
            ):
                execution_limits.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                execution_limits.additional_properties = {}
            return execution_limits

        iterations = d.get("iterations", UNSET)

        continuations = d.get("continuations", UNSET)

        calls = d.get("calls", UNSET)

        execution_limits = cls(
            iterations,
            continuations,
            calls,
        )

        if (
            builtins.len(d) + (iterations is UNSET) + (continuations is UNSET) + (calls is UNSET)
            > 3
        ):
            execution_limits.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return execution_limits

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
