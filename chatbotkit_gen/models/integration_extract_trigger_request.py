from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from typing import cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationExtractTriggerRequest")


_KNOWN_KEYS = frozenset(
    {
        "conversationIds",
        "sample",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationExtractTriggerRequest:
    """
    Attributes:
        conversation_ids (list[str] | Unset):
        sample (int | Unset):
    """

    conversation_ids: list[str] | Unset = UNSET
    sample: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        conversation_ids: list[str] | Unset = UNSET
        if not isinstance(self.conversation_ids, Unset):
            conversation_ids = self.conversation_ids

        sample = self.sample

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if conversation_ids is not UNSET:
            field_dict["conversationIds"] = conversation_ids
        if sample is not UNSET:
            field_dict["sample"] = sample

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationExtractTriggerRequest:
            integration_extract_trigger_request = _new_instance(cls)
            conversation_ids = cast(list[str], d.get("conversationIds", UNSET))

            integration_extract_trigger_request.conversation_ids = conversation_ids

            integration_extract_trigger_request.sample = d.get("sample", UNSET)

            if (
                builtins.len(d)
                + (integration_extract_trigger_request.conversation_ids is UNSET)
                + (integration_extract_trigger_request.sample is UNSET)
                > 2
            ):
                integration_extract_trigger_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                integration_extract_trigger_request.additional_properties = {}
            return integration_extract_trigger_request

        conversation_ids = cast(list[str], d.get("conversationIds", UNSET))

        sample = d.get("sample", UNSET)

        integration_extract_trigger_request = cls(
            conversation_ids,
            sample,
        )

        if builtins.len(d) + (conversation_ids is UNSET) + (sample is UNSET) > 2:
            integration_extract_trigger_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_extract_trigger_request

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
