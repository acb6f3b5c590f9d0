from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.task_workflow_operation_begin_event_data_action import (
        TaskWorkflowOperationBeginEventDataAction,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, TaskWorkflowOperationBeginEventDataAction
    from ..models.task_workflow_operation_begin_event_data_action import (
        TaskWorkflowOperationBeginEventDataAction,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="TaskWorkflowOperationBeginEventData")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "action",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class TaskWorkflowOperationBeginEventData:
    """
    Attributes:
        id (str):
        action (TaskWorkflowOperationBeginEventDataAction):
    """

    id: str
    action: TaskWorkflowOperationBeginEventDataAction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is TaskWorkflowOperationBeginEventData:
            task_workflow_operation_begin_event_data = _new_instance(cls)
            task_workflow_operation_begin_event_data.id = d.get("id", UNSET)

            _action_raw = d.get("action", UNSET)
            if _action_raw is UNSET:
                task_workflow_operation_begin_event_data.action = UNSET
            else:
                action = TaskWorkflowOperationBeginEventDataAction.from_dict(_action_raw)

                task_workflow_operation_begin_event_data.action = action

            if (
                builtins.len(d)
                + (task_workflow_operation_begin_event_data.id is UNSET)
                + (task_workflow_operation_begin_event_data.action is UNSET)
                > 2
            ):
                task_workflow_operation_begin_event_data.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                task_workflow_operation_begin_event_data.additional_properties = {}
            return task_workflow_operation_begin_event_data

        id = d.get("id", UNSET)

        _action_raw = d.get("action", UNSET)
        if _action_raw is UNSET:
            action = UNSET
        else:
            action = TaskWorkflowOperationBeginEventDataAction.from_dict(_action_raw)

        task_workflow_operation_begin_event_data = cls(
            id,
            action,
        )

        if builtins.len(d) + (id is UNSET) + (action is UNSET) > 2:
            task_workflow_operation_begin_event_data.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return task_workflow_operation_begin_event_data

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
