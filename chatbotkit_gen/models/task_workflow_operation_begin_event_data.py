from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        id = self.id

        action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "action": action,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_workflow_operation_begin_event_data_action import (
            TaskWorkflowOperationBeginEventDataAction,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        action = TaskWorkflowOperationBeginEventDataAction.from_dict(d.pop("action"))

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
