from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationGooglechatInitiateRequest")


_KNOWN_KEYS = frozenset(
    {
        "text",
        "space",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationGooglechatInitiateRequest:
    """
    Attributes:
        text (str):
        space (str | Unset):
    """

    text: str
    space: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        space = self.space

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not UNSET:
            field_dict["text"] = text
        if space is not UNSET:
            field_dict["space"] = space

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationGooglechatInitiateRequest:
            integration_googlechat_initiate_request = _new_instance(cls)
            integration_googlechat_initiate_request.text = d.get("text", UNSET)

            integration_googlechat_initiate_request.space = d.get("space", UNSET)

            if (
                builtins.len(d)
                + (integration_googlechat_initiate_request.text is UNSET)
                + (integration_googlechat_initiate_request.space is UNSET)
                > 2
            ):
                integration_googlechat_initiate_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                integration_googlechat_initiate_request.additional_properties = {}
            return integration_googlechat_initiate_request

        text = d.get("text", UNSET)

        space = d.get("space", UNSET)

        integration_googlechat_initiate_request = cls(
            text,
            space,
        )

        if builtins.len(d) + (text is UNSET) + (space is UNSET) > 2:
            integration_googlechat_initiate_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_googlechat_initiate_request

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
