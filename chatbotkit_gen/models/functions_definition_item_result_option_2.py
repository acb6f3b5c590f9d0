from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="FunctionsDefinitionItemResultOption2")


_KNOWN_KEYS = frozenset(
    {
        "channel",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class FunctionsDefinitionItemResultOption2:
    """
    Attributes:
        channel (str):
    """

    channel: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is FunctionsDefinitionItemResultOption2:
            functions_definition_item_result_option_2 = _new_instance(cls)
            functions_definition_item_result_option_2.channel = d.get("channel", UNSET)

            if builtins.len(d) + (functions_definition_item_result_option_2.channel is UNSET) > 1:
                functions_definition_item_result_option_2.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                functions_definition_item_result_option_2.additional_properties = {}
            return functions_definition_item_result_option_2

        channel = d.get("channel", UNSET)

        functions_definition_item_result_option_2 = cls(
            channel,
        )

        if builtins.len(d) + (channel is UNSET) > 1:
            functions_definition_item_result_option_2.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return functions_definition_item_result_option_2

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
