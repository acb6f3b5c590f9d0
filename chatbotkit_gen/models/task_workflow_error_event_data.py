from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskWorkflowErrorEventData")


@_attrs_define
class TaskWorkflowErrorEventData:
    """
    Attributes:
        code (str):
        message (str):
    """

    code: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _code_raw = d.pop("code", UNSET)
        if isinstance(_code_raw, Unset):
            code = UNSET
        else:
            code = _code_raw

        _message_raw = d.pop("message", UNSET)
        if isinstance(_message_raw, Unset):
            message = UNSET
        else:
            message = _message_raw

        task_workflow_error_event_data = cls(
            code=code,
            message=message,
        )

        task_workflow_error_event_data.additional_properties = d
        return task_workflow_error_event_data

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
