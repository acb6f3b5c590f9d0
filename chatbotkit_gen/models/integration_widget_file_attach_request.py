from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.integration_widget_file_attach_request_type import (
    IntegrationWidgetFileAttachRequestType,
)
from ..types import UNSET, Unset

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
        type_ (IntegrationWidgetFileAttachRequestType):
    """

    type_: IntegrationWidgetFileAttachRequestType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _type__raw = d.get("type", UNSET)
        if _type__raw is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = IntegrationWidgetFileAttachRequestType._value2member_map_[_type__raw]
            except (KeyError, TypeError):
                type_ = IntegrationWidgetFileAttachRequestType(_type__raw)

        integration_widget_file_attach_request = cls(
            type_,
        )

        if not _KNOWN_KEYS.issuperset(d):
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
