from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="CompleteUsageEventData")


_KNOWN_KEYS = frozenset(
    {
        "model",
        "inputTokensUsed",
        "outputTokensUsed",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class CompleteUsageEventData:
    """
    Attributes:
        model (str):
        input_tokens_used (float):
        output_tokens_used (float):
    """

    model: str
    input_tokens_used: float
    output_tokens_used: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        if isinstance(self.input_tokens_used, Unset):
            input_tokens_used = UNSET
        else:
            input_tokens_used = self.input_tokens_used

        if isinstance(self.output_tokens_used, Unset):
            output_tokens_used = UNSET
        else:
            output_tokens_used = self.output_tokens_used

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model is not UNSET:
            field_dict["model"] = model
        if input_tokens_used is not UNSET:
            field_dict["inputTokensUsed"] = input_tokens_used
        if output_tokens_used is not UNSET:
            field_dict["outputTokensUsed"] = output_tokens_used

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is CompleteUsageEventData:
            complete_usage_event_data = _new_instance(cls)
            complete_usage_event_data.model = d.get("model", UNSET)

            complete_usage_event_data.input_tokens_used = d.get("inputTokensUsed", UNSET)

            complete_usage_event_data.output_tokens_used = d.get("outputTokensUsed", UNSET)

            if (
                builtins.len(d)
                + (complete_usage_event_data.model is UNSET)
                + (complete_usage_event_data.input_tokens_used is UNSET)
                + (complete_usage_event_data.output_tokens_used is UNSET)
                > 3
            ):
                complete_usage_event_data.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                complete_usage_event_data.additional_properties = {}
            return complete_usage_event_data

        model = d.get("model", UNSET)

        input_tokens_used = d.get("inputTokensUsed", UNSET)

        output_tokens_used = d.get("outputTokensUsed", UNSET)

        complete_usage_event_data = cls(
            model,
            input_tokens_used,
            output_tokens_used,
        )

        if (
            builtins.len(d)
            + (model is UNSET)
            + (input_tokens_used is UNSET)
            + (output_tokens_used is UNSET)
            > 3
        ):
            complete_usage_event_data.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return complete_usage_event_data

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
