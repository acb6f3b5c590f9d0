from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..models.task_workflow_operation_end_event_data_action_kind import (
    TaskWorkflowOperationEndEventDataActionKind,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskWorkflowOperationEndEventDataAction")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "kind",
        "name",
        "input",
        "justification",
        "icon",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


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

    __repr__ = set_fields_repr

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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is TaskWorkflowOperationEndEventDataAction:
            task_workflow_operation_end_event_data_action = _new_instance(cls)
            task_workflow_operation_end_event_data_action.id = d.pop("id", UNSET)

            _kind = d.pop("kind", UNSET)
            kind: TaskWorkflowOperationEndEventDataActionKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                try:
                    kind = TaskWorkflowOperationEndEventDataActionKind._value2member_map_[_kind]
                except (KeyError, TypeError):
                    kind = TaskWorkflowOperationEndEventDataActionKind(_kind)

            task_workflow_operation_end_event_data_action.kind = kind

            task_workflow_operation_end_event_data_action.name = d.pop("name", UNSET)

            task_workflow_operation_end_event_data_action.input_ = d.pop("input", UNSET)

            task_workflow_operation_end_event_data_action.justification = d.pop(
                "justification", UNSET
            )

            task_workflow_operation_end_event_data_action.icon = d.pop("icon", UNSET)

            task_workflow_operation_end_event_data_action.additional_properties = {**d} if d else {}
            return task_workflow_operation_end_event_data_action

        id = d.get("id", UNSET)

        _kind = d.get("kind", UNSET)
        kind: TaskWorkflowOperationEndEventDataActionKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            try:
                kind = TaskWorkflowOperationEndEventDataActionKind._value2member_map_[_kind]
            except (KeyError, TypeError):
                kind = TaskWorkflowOperationEndEventDataActionKind(_kind)

        name = d.get("name", UNSET)

        input_ = d.get("input", UNSET)

        justification = d.get("justification", UNSET)

        icon = d.get("icon", UNSET)

        task_workflow_operation_end_event_data_action = cls(
            id,
            kind,
            name,
            input_,
            justification,
            icon,
        )

        if not _KNOWN_KEYS.issuperset(d):
            task_workflow_operation_end_event_data_action.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
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
