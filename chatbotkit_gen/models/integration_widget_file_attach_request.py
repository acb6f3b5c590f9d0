from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..models.integration_widget_file_attach_request_type import (
    IntegrationWidgetFileAttachRequestType,
)

T = TypeVar("T", bound="IntegrationWidgetFileAttachRequest")


_KNOWN_KEYS = frozenset(
    {
        "type",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationWidgetFileAttachRequest:
    """
    Attributes:
        type (IntegrationWidgetFileAttachRequestType):
    """

    type: IntegrationWidgetFileAttachRequestType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.type, Unset):
            type = UNSET
        else:
            type = self.type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type is not UNSET:
            field_dict["type"] = type

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationWidgetFileAttachRequest:
            integration_widget_file_attach_request = _new_instance(cls)
            _type_raw = d.get("type", UNSET)
            if _type_raw is UNSET:
                integration_widget_file_attach_request.type = UNSET
            else:
                try:
                    type = IntegrationWidgetFileAttachRequestType._value2member_map_[_type_raw]
                except (KeyError, TypeError):
                    type = IntegrationWidgetFileAttachRequestType(_type_raw)

                integration_widget_file_attach_request.type = type

            if builtins.len(d) + (integration_widget_file_attach_request.type is UNSET) > 1:
                integration_widget_file_attach_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                integration_widget_file_attach_request.additional_properties = {}
            return integration_widget_file_attach_request

        _type_raw = d.get("type", UNSET)
        if _type_raw is UNSET:
            type = UNSET
        else:
            try:
                type = IntegrationWidgetFileAttachRequestType._value2member_map_[_type_raw]
            except (KeyError, TypeError):
                type = IntegrationWidgetFileAttachRequestType(_type_raw)

        integration_widget_file_attach_request = cls(
            type,
        )

        if builtins.len(d) + (type is UNSET) > 1:
            integration_widget_file_attach_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_widget_file_attach_request

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
