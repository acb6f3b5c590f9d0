from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_workflow_operation_end_event_data_action_kind import (
    TaskWorkflowOperationEndEventDataActionKind,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskWorkflowOperationEndEventDataAction")


@_attrs_define
class TaskWorkflowOperationEndEventDataAction:
    """
    Attributes:
        id (str):
        kind (TaskWorkflowOperationEndEventDataActionKind | Unset):
        name (str | Unset):
        input_ (Any | Unset):
        justification (str | Unset):
        icon (str | Unset):
    """

    id: str
    kind: TaskWorkflowOperationEndEventDataActionKind | Unset = UNSET
    name: str | Unset = UNSET
    input_: Any | Unset = UNSET
    justification: str | Unset = UNSET
    icon: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        name = self.name

        input_ = self.input_

        justification = self.justification

        icon = self.icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if name is not UNSET:
            field_dict["name"] = name
        if input_ is not UNSET:
            field_dict["input"] = input_
        if justification is not UNSET:
            field_dict["justification"] = justification
        if icon is not UNSET:
            field_dict["icon"] = icon

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id_raw = d.pop("id", UNSET)
        if isinstance(_id_raw, Unset):
            id = UNSET
        else:
            id = _id_raw

        _kind = d.pop("kind", UNSET)
        kind: TaskWorkflowOperationEndEventDataActionKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = TaskWorkflowOperationEndEventDataActionKind(_kind)

        name = d.pop("name", UNSET)

        input_ = d.pop("input", UNSET)

        justification = d.pop("justification", UNSET)

        icon = d.pop("icon", UNSET)

        task_workflow_operation_end_event_data_action = cls(
            id=id,
            kind=kind,
            name=name,
            input_=input_,
            justification=justification,
            icon=icon,
        )

        task_workflow_operation_end_event_data_action.additional_properties = d
        return task_workflow_operation_end_event_data_action

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
