from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="Abort")


_KNOWN_KEYS = frozenset(
    {
        "reason",
        "functionName",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class Abort:
    """
    Attributes:
        reason (Any | Unset):
        function_name (str | Unset):
    """

    reason: Any | Unset = UNSET
    function_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        function_name = self.function_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if reason is not UNSET:
            field_dict["reason"] = reason
        if function_name is not UNSET:
            field_dict["functionName"] = function_name

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is Abort:
            abort = _new_instance(cls)
            abort.reason = d.get("reason", UNSET)

            abort.function_name = d.get("functionName", UNSET)

            if builtins.len(d) + (abort.reason is UNSET) + (abort.function_name is UNSET) > 2:
                abort.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            else:
                abort.additional_properties = {}
            return abort

        reason = d.get("reason", UNSET)

        function_name = d.get("functionName", UNSET)

        abort = cls(
            reason,
            function_name,
        )

        if builtins.len(d) + (reason is UNSET) + (function_name is UNSET) > 2:
            abort.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return abort

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
