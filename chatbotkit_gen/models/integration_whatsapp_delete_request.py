from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="IntegrationWhatsappDeleteRequest")


_KNOWN_KEYS = frozenset({})
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationWhatsappDeleteRequest:
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationWhatsappDeleteRequest:
            integration_whatsapp_delete_request = _new_instance(cls)
            integration_whatsapp_delete_request.additional_properties = d
            return integration_whatsapp_delete_request

        integration_whatsapp_delete_request = cls()

        if d:  # no declared fields: every key is an additional property
            integration_whatsapp_delete_request.additional_properties = d
        return integration_whatsapp_delete_request

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
