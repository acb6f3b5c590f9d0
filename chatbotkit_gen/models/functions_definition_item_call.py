from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="FunctionsDefinitionItemCall")


_KNOWN_KEYS = frozenset(
    {
        "start",
        "end",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class FunctionsDefinitionItemCall:
    """
    Attributes:
        start (bool | Unset):
        end (bool | Unset):
    """

    start: bool | Unset = UNSET
    end: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is FunctionsDefinitionItemCall:
            functions_definition_item_call = _new_instance(cls)
            functions_definition_item_call.start = d.get("start", UNSET)

            functions_definition_item_call.end = d.get("end", UNSET)

            if (
                builtins.len(d)
                + (functions_definition_item_call.start is UNSET)
                + (functions_definition_item_call.end is UNSET)
                > 2
            ):
                functions_definition_item_call.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                functions_definition_item_call.additional_properties = {}
            return functions_definition_item_call

        start = d.get("start", UNSET)

        end = d.get("end", UNSET)

        functions_definition_item_call = cls(
            start,
            end,
        )

        if builtins.len(d) + (start is UNSET) + (end is UNSET) > 2:
            functions_definition_item_call.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return functions_definition_item_call

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
