from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompleteUsageEventData")


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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _model_raw = d.pop("model", UNSET)
        if isinstance(_model_raw, Unset):
            model = UNSET
        else:
            model = _model_raw

        _input_tokens_used_raw = d.pop("inputTokensUsed", UNSET)
        if isinstance(_input_tokens_used_raw, Unset):
            input_tokens_used = UNSET
        else:
            input_tokens_used = _input_tokens_used_raw

        _output_tokens_used_raw = d.pop("outputTokensUsed", UNSET)
        if isinstance(_output_tokens_used_raw, Unset):
            output_tokens_used = UNSET
        else:
            output_tokens_used = _output_tokens_used_raw

        complete_usage_event_data = cls(
            model=model,
            input_tokens_used=input_tokens_used,
            output_tokens_used=output_tokens_used,
        )

        complete_usage_event_data.additional_properties = d
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
