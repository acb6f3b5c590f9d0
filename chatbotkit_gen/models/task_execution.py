from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

import datetime

from ..models.task_outcome import TaskOutcome
from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta
    from ..models.meta import Meta  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="TaskExecution")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "name",
        "description",
        "meta",
        "taskId",
        "conversationId",
        "status",
        "outcome",
        "summary",
        "completedAt",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class TaskExecution:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        task_id (str | Unset):
        conversation_id (str | Unset):
        status (TaskStatus | Unset):
        outcome (TaskOutcome | Unset):
        summary (str | Unset):
        completed_at (datetime.datetime | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    task_id: str | Unset = UNSET
    conversation_id: str | Unset = UNSET
    status: TaskStatus | Unset = UNSET
    outcome: TaskOutcome | Unset = UNSET
    summary: str | Unset = UNSET
    completed_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        task_id = self.task_id

        conversation_id = self.conversation_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        outcome: str | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = self.outcome.value

        summary = self.summary

        completed_at: str | Unset = UNSET
        if not isinstance(self.completed_at, Unset):
            completed_at = self.completed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if status is not UNSET:
            field_dict["status"] = status
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if summary is not UNSET:
            field_dict["summary"] = summary
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is TaskExecution:
            task_execution = _new_instance(cls)
            task_execution.id = d.pop("id", UNSET)

            task_execution.created_at = d.pop("createdAt", UNSET)

            task_execution.updated_at = d.pop("updatedAt", UNSET)

            task_execution.name = d.pop("name", UNSET)

            task_execution.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                task_execution.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                task_execution.meta = meta

            task_execution.task_id = d.pop("taskId", UNSET)

            task_execution.conversation_id = d.pop("conversationId", UNSET)

            _status = d.pop("status", UNSET)
            status: TaskStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                try:
                    status = TaskStatus._value2member_map_[_status]
                except (KeyError, TypeError):
                    status = TaskStatus(_status)

            task_execution.status = status

            _outcome = d.pop("outcome", UNSET)
            outcome: TaskOutcome | Unset
            if isinstance(_outcome, Unset):
                outcome = UNSET
            else:
                try:
                    outcome = TaskOutcome._value2member_map_[_outcome]
                except (KeyError, TypeError):
                    outcome = TaskOutcome(_outcome)

            task_execution.outcome = outcome

            task_execution.summary = d.pop("summary", UNSET)

            _completed_at = d.pop("completedAt", UNSET)
            completed_at: datetime.datetime | Unset
            if _completed_at is UNSET:
                completed_at = UNSET
            else:
                completed_at = datetime.datetime.fromisoformat(_completed_at)

            task_execution.completed_at = completed_at

            task_execution.additional_properties = {**d} if d else {}
            return task_execution

        id = d.get("id", UNSET)

        created_at = d.get("createdAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        task_id = d.get("taskId", UNSET)

        conversation_id = d.get("conversationId", UNSET)

        _status = d.get("status", UNSET)
        status: TaskStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            try:
                status = TaskStatus._value2member_map_[_status]
            except (KeyError, TypeError):
                status = TaskStatus(_status)

        _outcome = d.get("outcome", UNSET)
        outcome: TaskOutcome | Unset
        if isinstance(_outcome, Unset):
            outcome = UNSET
        else:
            try:
                outcome = TaskOutcome._value2member_map_[_outcome]
            except (KeyError, TypeError):
                outcome = TaskOutcome(_outcome)

        summary = d.get("summary", UNSET)

        _completed_at = d.get("completedAt", UNSET)
        completed_at: datetime.datetime | Unset
        if _completed_at is UNSET:
            completed_at = UNSET
        else:
            completed_at = datetime.datetime.fromisoformat(_completed_at)

        task_execution = cls(
            id,
            created_at,
            updated_at,
            name,
            description,
            meta,
            task_id,
            conversation_id,
            status,
            outcome,
            summary,
            completed_at,
        )

        if not _KNOWN_KEYS.issuperset(d):
            task_execution.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return task_execution

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
