from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_workflow_operation_begin_event_type import (
    TaskWorkflowOperationBeginEventType,
)

if TYPE_CHECKING:
    from ..models.task_workflow_operation_begin_event_data import (
        TaskWorkflowOperationBeginEventData,
    )


T = TypeVar("T", bound="TaskWorkflowOperationBeginEvent")


@_attrs_define
class TaskWorkflowOperationBeginEvent:
    """
    Attributes:
        type_ (TaskWorkflowOperationBeginEventType):
        created_at (float):
        data (TaskWorkflowOperationBeginEventData):
    """

    type_: TaskWorkflowOperationBeginEventType
    created_at: float
    data: TaskWorkflowOperationBeginEventData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        created_at = self.created_at

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "createdAt": created_at,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_workflow_operation_begin_event_data import (
            TaskWorkflowOperationBeginEventData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = TaskWorkflowOperationBeginEventType(d.pop("type"))

        created_at = d.pop("createdAt")

        data = TaskWorkflowOperationBeginEventData.from_dict(d.pop("data"))

        task_workflow_operation_begin_event = cls(
            type_=type_,
            created_at=created_at,
            data=data,
        )

        task_workflow_operation_begin_event.additional_properties = d
        return task_workflow_operation_begin_event

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
