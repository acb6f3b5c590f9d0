from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="IntegrationWidgetFileAttachResult")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "widgetIntegrationId",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationWidgetFileAttachResult:
    """
    Attributes:
        id (str):
        type (str):
        widget_integration_id (str):
    """

    id: str
    type: str
    widget_integration_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.type, Unset):
            type = UNSET
        else:
            type = self.type

        if isinstance(self.widget_integration_id, Unset):
            widget_integration_id = UNSET
        else:
            widget_integration_id = self.widget_integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if type is not UNSET:
            field_dict["type"] = type
        if widget_integration_id is not UNSET:
            field_dict["widgetIntegrationId"] = widget_integration_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationWidgetFileAttachResult:
            integration_widget_file_attach_result = _new_instance(cls)
            integration_widget_file_attach_result.id = d.get("id", UNSET)

            integration_widget_file_attach_result.type = d.get("type", UNSET)

            integration_widget_file_attach_result.widget_integration_id = d.get(
                "widgetIntegrationId", UNSET
            )

            if (
                builtins.len(d)
                + (integration_widget_file_attach_result.id is UNSET)
                + (integration_widget_file_attach_result.type is UNSET)
                + (integration_widget_file_attach_result.widget_integration_id is UNSET)
                > 3
            ):
                integration_widget_file_attach_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                integration_widget_file_attach_result.additional_properties = {}
            return integration_widget_file_attach_result

        id = d.get("id", UNSET)

        type = d.get("type", UNSET)

        widget_integration_id = d.get("widgetIntegrationId", UNSET)

        integration_widget_file_attach_result = cls(
            id,
            type,
            widget_integration_id,
        )

        if builtins.len(d) + (id is UNSET) + (type is UNSET) + (widget_integration_id is UNSET) > 3:
            integration_widget_file_attach_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_widget_file_attach_result

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
