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


T = TypeVar("T", bound="IntegrationTriggerCreateRequest")


_KNOWN_KEYS = frozenset(
    {
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
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationTriggerCreateRequest:
    """
    Attributes:
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
    """

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationTriggerCreateRequest:
            integration_trigger_create_request = _new_instance(cls)
            integration_trigger_create_request.alias = d.pop("alias", UNSET)

            integration_trigger_create_request.name = d.pop("name", UNSET)

            integration_trigger_create_request.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                integration_trigger_create_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                integration_trigger_create_request.meta = meta

            integration_trigger_create_request.blueprint_id = d.pop("blueprintId", UNSET)

            integration_trigger_create_request.bot_id = d.pop("botId", UNSET)

            integration_trigger_create_request.authenticate = d.pop("authenticate", UNSET)

            def _parse_schedule(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            schedule = _parse_schedule(d.pop("schedule", UNSET))

            integration_trigger_create_request.schedule = schedule

            def _parse_timezone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            timezone = _parse_timezone(d.pop("timezone", UNSET))

            integration_trigger_create_request.timezone = timezone

            integration_trigger_create_request.session_duration = d.pop("sessionDuration", UNSET)

            integration_trigger_create_request.additional_properties = {**d} if d else {}
            return integration_trigger_create_request

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

        integration_trigger_create_request = cls(
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
        )

        if not _KNOWN_KEYS.issuperset(d):
            integration_trigger_create_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_trigger_create_request

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
