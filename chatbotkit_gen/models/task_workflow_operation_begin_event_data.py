from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_workflow_operation_begin_event_data_action import (
        TaskWorkflowOperationBeginEventDataAction,
    )


T = TypeVar("T", bound="TaskWorkflowOperationBeginEventData")


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

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_workflow_operation_begin_event_data_action import (
            TaskWorkflowOperationBeginEventDataAction,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _id_raw = d.pop("id", UNSET)
        if isinstance(_id_raw, Unset):
            id = UNSET
        else:
            id = _id_raw

        _action_raw = d.pop("action", UNSET)
        if isinstance(_action_raw, Unset):
            action = UNSET
        else:
            action = TaskWorkflowOperationBeginEventDataAction.from_dict(_action_raw)

        task_workflow_operation_begin_event_data = cls(
            id=id,
            action=action,
        )

        task_workflow_operation_begin_event_data.additional_properties = d
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
