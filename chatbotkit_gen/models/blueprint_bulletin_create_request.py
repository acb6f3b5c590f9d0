from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlueprintBulletinCreateRequest")


_KNOWN_KEYS = frozenset(
    {
        "text",
        "ttl",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class BlueprintBulletinCreateRequest:
    """
    Attributes:
        text (str):
        ttl (float | Unset):
    """

    text: str
    ttl: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        ttl = self.ttl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not UNSET:
            field_dict["text"] = text
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is BlueprintBulletinCreateRequest:
            blueprint_bulletin_create_request = _new_instance(cls)
            blueprint_bulletin_create_request.text = d.get("text", UNSET)

            blueprint_bulletin_create_request.ttl = d.get("ttl", UNSET)

            if (
                builtins.len(d)
                + (blueprint_bulletin_create_request.text is UNSET)
                + (blueprint_bulletin_create_request.ttl is UNSET)
                > 2
            ):
                blueprint_bulletin_create_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                blueprint_bulletin_create_request.additional_properties = {}
            return blueprint_bulletin_create_request

        text = d.get("text", UNSET)

        ttl = d.get("ttl", UNSET)

        blueprint_bulletin_create_request = cls(
            text,
            ttl,
        )

        if builtins.len(d) + (text is UNSET) + (ttl is UNSET) > 2:
            blueprint_bulletin_create_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return blueprint_bulletin_create_request

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
