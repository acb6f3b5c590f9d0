from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="EntityReplacement")


_KNOWN_KEYS = frozenset(
    {
        "begin",
        "end",
        "text",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class EntityReplacement:
    """
    Attributes:
        begin (float):
        end (float):
        text (str):
    """

    begin: float
    end: float
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.begin, Unset):
            begin = UNSET
        else:
            begin = self.begin

        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end

        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if begin is not UNSET:
            field_dict["begin"] = begin
        if end is not UNSET:
            field_dict["end"] = end
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is EntityReplacement:
            entity_replacement = _new_instance(cls)
            entity_replacement.begin = d.get("begin", UNSET)

            entity_replacement.end = d.get("end", UNSET)

            entity_replacement.text = d.get("text", UNSET)

            if (
                builtins.len(d)
                + (entity_replacement.begin is UNSET)
                + (entity_replacement.end is UNSET)
                + (entity_replacement.text is UNSET)
                > 3
            ):
                entity_replacement.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                entity_replacement.additional_properties = {}
            return entity_replacement

        begin = d.get("begin", UNSET)

        end = d.get("end", UNSET)

        text = d.get("text", UNSET)

        entity_replacement = cls(
            begin,
            end,
            text,
        )

        if builtins.len(d) + (begin is UNSET) + (end is UNSET) + (text is UNSET) > 3:
            entity_replacement.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return entity_replacement

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
