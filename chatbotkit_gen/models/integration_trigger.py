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


T = TypeVar("T", bound="IntegrationTrigger")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "secret",
        "alias",
        "name",
        "description",
        "meta",
        "blueprintId",
        "botId",
        "authenticate",
        "schedule",
        "timezone",
        "sessionDuration",
        "lastTriggerAt",
        "nextTriggerAt",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationTrigger:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        secret (str):
        alias (str | Unset):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        blueprint_id (str | Unset):
        bot_id (str | Unset):
        authenticate (bool | Unset):
        schedule (None | str | Unset):
        timezone (None | str | Unset):
        session_duration (float | Unset):
        last_trigger_at (float | None | Unset):
        next_trigger_at (float | None | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    secret: str
    alias: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    bot_id: str | Unset = UNSET
    authenticate: bool | Unset = UNSET
    schedule: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    session_duration: float | Unset = UNSET
    last_trigger_at: float | None | Unset = UNSET
    next_trigger_at: float | None | Unset = UNSET
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

        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        alias = self.alias

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        blueprint_id = self.blueprint_id

        bot_id = self.bot_id

        authenticate = self.authenticate

        schedule: None | str | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        else:
            schedule = self.schedule

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        session_duration = self.session_duration

        last_trigger_at: float | None | Unset
        if isinstance(self.last_trigger_at, Unset):
            last_trigger_at = UNSET
        else:
            last_trigger_at = self.last_trigger_at

        next_trigger_at: float | None | Unset
        if isinstance(self.next_trigger_at, Unset):
            next_trigger_at = UNSET
        else:
            next_trigger_at = self.next_trigger_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if secret is not UNSET:
            field_dict["secret"] = secret
        if alias is not UNSET:
            field_dict["alias"] = alias
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if blueprint_id is not UNSET:
            field_dict["blueprintId"] = blueprint_id
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id
        if authenticate is not UNSET:
            field_dict["authenticate"] = authenticate
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if session_duration is not UNSET:
            field_dict["sessionDuration"] = session_duration
        if last_trigger_at is not UNSET:
            field_dict["lastTriggerAt"] = last_trigger_at
        if next_trigger_at is not UNSET:
            field_dict["nextTriggerAt"] = next_trigger_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationTrigger:
            integration_trigger = _new_instance(cls)
            integration_trigger.id = d.pop("id", UNSET)

            integration_trigger.created_at = d.pop("createdAt", UNSET)

            integration_trigger.updated_at = d.pop("updatedAt", UNSET)

            integration_trigger.secret = d.pop("secret", UNSET)

            integration_trigger.alias = d.pop("alias", UNSET)

            integration_trigger.name = d.pop("name", UNSET)

            integration_trigger.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                integration_trigger.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                integration_trigger.meta = meta

            integration_trigger.blueprint_id = d.pop("blueprintId", UNSET)

            integration_trigger.bot_id = d.pop("botId", UNSET)

            integration_trigger.authenticate = d.pop("authenticate", UNSET)

            def _parse_schedule(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            schedule = _parse_schedule(d.pop("schedule", UNSET))

            integration_trigger.schedule = schedule

            def _parse_timezone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            timezone = _parse_timezone(d.pop("timezone", UNSET))

            integration_trigger.timezone = timezone

            integration_trigger.session_duration = d.pop("sessionDuration", UNSET)

            def _parse_last_trigger_at(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            last_trigger_at = _parse_last_trigger_at(d.pop("lastTriggerAt", UNSET))

            integration_trigger.last_trigger_at = last_trigger_at

            def _parse_next_trigger_at(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            next_trigger_at = _parse_next_trigger_at(d.pop("nextTriggerAt", UNSET))

            integration_trigger.next_trigger_at = next_trigger_at

            integration_trigger.additional_properties = {**d} if d else {}
            return integration_trigger

        id = d.get("id", UNSET)

        created_at = d.get("createdAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        secret = d.get("secret", UNSET)

        alias = d.get("alias", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        blueprint_id = d.get("blueprintId", UNSET)

        bot_id = d.get("botId", UNSET)

        authenticate = d.get("authenticate", UNSET)

        def _parse_schedule(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schedule = _parse_schedule(d.get("schedule", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.get("timezone", UNSET))

        session_duration = d.get("sessionDuration", UNSET)

        def _parse_last_trigger_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        last_trigger_at = _parse_last_trigger_at(d.get("lastTriggerAt", UNSET))

        def _parse_next_trigger_at(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        next_trigger_at = _parse_next_trigger_at(d.get("nextTriggerAt", UNSET))

        integration_trigger = cls(
            id,
            created_at,
            updated_at,
            secret,
            alias,
            name,
            description,
            meta,
            blueprint_id,
            bot_id,
            authenticate,
            schedule,
            timezone,
            session_duration,
            last_trigger_at,
            next_trigger_at,
        )

        if not _KNOWN_KEYS.issuperset(d):
            integration_trigger.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_trigger

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
