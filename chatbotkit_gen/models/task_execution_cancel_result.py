from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="TaskExecutionCancelResult")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "taskId",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class TaskExecutionCancelResult:
    """
    Attributes:
        id (str):
        task_id (str):
    """

    id: str
    task_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if task_id is not UNSET:
            field_dict["taskId"] = task_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is TaskExecutionCancelResult:
            task_execution_cancel_result = _new_instance(cls)
            task_execution_cancel_result.id = d.get("id", UNSET)

            task_execution_cancel_result.task_id = d.get("taskId", UNSET)

            if (
                builtins.len(d)
                + (task_execution_cancel_result.id is UNSET)
                + (task_execution_cancel_result.task_id is UNSET)
                > 2
            ):
                task_execution_cancel_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                task_execution_cancel_result.additional_properties = {}
            return task_execution_cancel_result

        id = d.get("id", UNSET)

        task_id = d.get("taskId", UNSET)

        task_execution_cancel_result = cls(
            id,
            task_id,
        )

        if builtins.len(d) + (id is UNSET) + (task_id is UNSET) > 2:
            task_execution_cancel_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return task_execution_cancel_result

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
