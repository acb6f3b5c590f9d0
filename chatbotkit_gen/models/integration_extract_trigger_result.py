from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="IntegrationExtractTriggerResult")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "triggered",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationExtractTriggerResult:
    """
    Attributes:
        id (str):
        triggered (float):
    """

    id: str
    triggered: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.triggered, Unset):
            triggered = UNSET
        else:
            triggered = self.triggered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if triggered is not UNSET:
            field_dict["triggered"] = triggered

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationExtractTriggerResult:
            integration_extract_trigger_result = _new_instance(cls)
            integration_extract_trigger_result.id = d.get("id", UNSET)

            integration_extract_trigger_result.triggered = d.get("triggered", UNSET)

            if (
                builtins.len(d)
                + (integration_extract_trigger_result.id is UNSET)
                + (integration_extract_trigger_result.triggered is UNSET)
                > 2
            ):
                integration_extract_trigger_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                integration_extract_trigger_result.additional_properties = {}
            return integration_extract_trigger_result

        id = d.get("id", UNSET)

        triggered = d.get("triggered", UNSET)

        integration_extract_trigger_result = cls(
            id,
            triggered,
        )

        if builtins.len(d) + (id is UNSET) + (triggered is UNSET) > 2:
            integration_extract_trigger_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_extract_trigger_result

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
