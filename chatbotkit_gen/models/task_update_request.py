from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from typing import cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta
    from ..models.meta import Meta  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="TaskUpdateRequest")


_KNOWN_KEYS = frozenset(
    {
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
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class TaskUpdateRequest:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        contact_id (str | Unset):
        bot_id (str | Unset):
        schedule (str | Unset):
        timezone (None | str | Unset):
        session_duration (float | Unset):
        max_iterations (float | Unset):
        max_time (float | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    contact_id: str | Unset = UNSET
    bot_id: str | Unset = UNSET
    schedule: str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    session_duration: float | Unset = UNSET
    max_iterations: float | Unset = UNSET
    max_time: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
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

        session_duration = self.session_duration

        max_iterations = self.max_iterations

        max_time = self.max_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is TaskUpdateRequest:
            task_update_request = _new_instance(cls)
            task_update_request.name = d.pop("name", UNSET)

            task_update_request.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                task_update_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                task_update_request.meta = meta

            task_update_request.contact_id = d.pop("contactId", UNSET)

            task_update_request.bot_id = d.pop("botId", UNSET)

            task_update_request.schedule = d.pop("schedule", UNSET)

            def _parse_timezone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            timezone = _parse_timezone(d.pop("timezone", UNSET))

            task_update_request.timezone = timezone

            task_update_request.session_duration = d.pop("sessionDuration", UNSET)

            task_update_request.max_iterations = d.pop("maxIterations", UNSET)

            task_update_request.max_time = d.pop("maxTime", UNSET)

            task_update_request.additional_properties = {**d} if d else {}
            return task_update_request

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

        session_duration = d.get("sessionDuration", UNSET)

        max_iterations = d.get("maxIterations", UNSET)

        max_time = d.get("maxTime", UNSET)

        task_update_request = cls(
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
        )

        if not _KNOWN_KEYS.issuperset(d):
            task_update_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return task_update_request

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
