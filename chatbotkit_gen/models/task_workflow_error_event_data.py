from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="TaskWorkflowErrorEventData")


_KNOWN_KEYS = frozenset(
    {
        "code",
        "message",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


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

    __repr__ = set_fields_repr

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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is TaskWorkflowErrorEventData:
            task_workflow_error_event_data = _new_instance(cls)
            task_workflow_error_event_data.code = d.get("code", UNSET)

            task_workflow_error_event_data.message = d.get("message", UNSET)

            if (
                builtins.len(d)
                + (task_workflow_error_event_data.code is UNSET)
                + (task_workflow_error_event_data.message is UNSET)
                > 2
            ):
                task_workflow_error_event_data.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                task_workflow_error_event_data.additional_properties = {}
            return task_workflow_error_event_data

        code = d.get("code", UNSET)

        message = d.get("message", UNSET)

        task_workflow_error_event_data = cls(
            code,
            message,
        )

        if builtins.len(d) + (code is UNSET) + (message is UNSET) > 2:
            task_workflow_error_event_data.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
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
