from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from typing import cast

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


T = TypeVar("T", bound="Task")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "name",
        "description",
        "meta",
        "contactId",
        "botId",
        "schedule",
        "timezone",
        "sessionDuration",
        "maxIterations",
        "maxTime",
        "status",
        "outcome",
        "lastRunAt",
        "nextRunAt",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class Task:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        contact_id (str | Unset):
        bot_id (str | Unset):
        schedule (str | Unset):
        timezone (None | str | Unset):
        session_duration (float | None | Unset):
        max_iterations (float | Unset):
        max_time (float | Unset):
        status (TaskStatus | Unset):
        outcome (TaskOutcome | Unset):
        last_run_at (float | None | Unset):
        next_run_at (float | None | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    contact_id: str | Unset = UNSET
    bot_id: str | Unset = UNSET
    schedule: str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    session_duration: float | None | Unset = UNSET
    max_iterations: float | Unset = UNSET
    max_time: float | Unset = UNSET
    status: TaskStatus | Unset = UNSET
    outcome: TaskOutcome | Unset = UNSET
    last_run_at: float | None | Unset = UNSET
    next_run_at: float | None | Unset = UNSET
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

        contact_id = self.contact_id

        bot_id = self.bot_id

        schedule = self.schedule

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        session_duration: float | None | Unset
        if isinstance(self.session_duration, Unset):
            session_duration = UNSET
        else:
            session_duration = self.session_duration

        max_iterations = self.max_iterations

        max_time = self.max_time

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        outcome: str | Unset = UNSET
        if not isinstance(self.outcome, Unset):
            outcome = self.outcome.value

        last_run_at: float | None | Unset
        if isinstance(self.last_run_at, Unset):
            last_run_at = UNSET
        else:
            last_run_at = self.last_run_at

        next_run_at: float | None | Unset
        if isinstance(self.next_run_at, Unset):
            next_run_at = UNSET
        else:
            next_run_at = self.next_run_at

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
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if session_duration is not UNSET:
            field_dict["sessionDuration"] = session_duration
        if max_iterations is not UNSET:
            field_dict["maxIterations"] = max_iterations
        if max_time is not UNSET:
            field_dict["maxTime"] = max_time
        if status is not UNSET:
            field_dict["status"] = status
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if last_run_at is not UNSET:
            field_dict["lastRunAt"] = last_run_at
        if next_run_at is not UNSET:
            field_dict["nextRunAt"] = next_run_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is Task:
            task = _new_instance(cls)
            task.id = d.pop("id", UNSET)

            task.created_at = d.pop("createdAt", UNSET)

            task.updated_at = d.pop("updatedAt", UNSET)

            task.name = d.pop("name", UNSET)

            task.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                task.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                task.meta = meta

            task.contact_id = d.pop("contactId", UNSET)

            task.bot_id = d.pop("botId", UNSET)

            task.schedule = d.pop("schedule", UNSET)

            def _parse_timezone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            timezone = _parse_timezone(d.pop("timezone", UNSET))

            task.timezone = timezone

            def _parse_session_duration(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            session_duration = _parse_session_duration(d.pop("sessionDuration", UNSET))

            task.session_duration = session_duration

            task.max_iterations = d.pop("maxIterations", UNSET)

            task.max_time = d.pop("maxTime", UNSET)

            _status = d.pop("status", UNSET)
            status: TaskStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                try:
                    status = TaskStatus._value2member_map_[_status]
                except (KeyError, TypeError):
                    status = TaskStatus(_status)

            task.status = status

            _outcome = d.pop("outcome", UNSET)
            outcome: TaskOutcome | Unset
            if isinstance(_outcome, Unset):
                outcome = UNSET
            else:
                try:
                    outcome = TaskOutcome._value2member_map_[_outcome]
                except (KeyError, TypeError):
                    outcome = TaskOutcome(_outcome)

            task.outcome = outcome

            def _parse_last_run_at(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            last_run_at = _parse_last_run_at(d.pop("lastRunAt", UNSET))

            task.last_run_at = last_run_at

            def _parse_next_run_at(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            next_run_at = _parse_next_run_at(d.pop("nextRunAt", UNSET))

            task.next_run_at = next_run_at

            task.additional_properties = {**d} if d else {}
            return task

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

        contact_id = d.get("contactId", UNSET)

        bot_id = d.get("botId", UNSET)

        schedule = d.get("schedule", UNSET)

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.get("timezone", UNSET))

        def _parse_session_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        session_duration = _parse_session_duration(d.get("sessionDuration", UNSET))

        max_iterations = d.get("maxIterations", UNSET)

        max_time = d.get("maxTime", UNSET)

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

        def _parse_last_run_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        last_run_at = _parse_last_run_at(d.get("lastRunAt", UNSET))

        def _parse_next_run_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        next_run_at = _parse_next_run_at(d.get("nextRunAt", UNSET))

        task = cls(
            id,
            created_at,
            updated_at,
            name,
            description,
            meta,
            contact_id,
            bot_id,
            schedule,
            timezone,
            session_duration,
            max_iterations,
            max_time,
            status,
            outcome,
            last_run_at,
            next_run_at,
        )

        if not _KNOWN_KEYS.issuperset(d):
            task.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return task

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
