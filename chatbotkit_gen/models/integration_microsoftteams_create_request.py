from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta
    from ..models.meta import Meta  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="IntegrationMicrosoftteamsCreateRequest")


_KNOWN_KEYS = frozenset(
    {
        "alias",
        "name",
        "description",
        "meta",
        "blueprintId",
        "botId",
        "botFrameworkAppId",
        "botFrameworkAppSecret",
        "tenantId",
        "contactCollection",
        "sessionDuration",
        "allowFrom",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationMicrosoftteamsCreateRequest:
    """
    Attributes:
        alias (str | Unset):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        blueprint_id (str | Unset):
        bot_id (str | Unset):
        bot_framework_app_id (str | Unset):
        bot_framework_app_secret (str | Unset):
        tenant_id (str | Unset):
        contact_collection (bool | Unset):
        session_duration (float | Unset):
        allow_from (str | Unset):
    """

    alias: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    bot_id: str | Unset = UNSET
    bot_framework_app_id: str | Unset = UNSET
    bot_framework_app_secret: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    contact_collection: bool | Unset = UNSET
    session_duration: float | Unset = UNSET
    allow_from: str | Unset = UNSET
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

        bot_framework_app_id = self.bot_framework_app_id

        bot_framework_app_secret = self.bot_framework_app_secret

        tenant_id = self.tenant_id

        contact_collection = self.contact_collection

        session_duration = self.session_duration

        allow_from = self.allow_from

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
        if bot_framework_app_id is not UNSET:
            field_dict["botFrameworkAppId"] = bot_framework_app_id
        if bot_framework_app_secret is not UNSET:
            field_dict["botFrameworkAppSecret"] = bot_framework_app_secret
        if tenant_id is not UNSET:
            field_dict["tenantId"] = tenant_id
        if contact_collection is not UNSET:
            field_dict["contactCollection"] = contact_collection
        if session_duration is not UNSET:
            field_dict["sessionDuration"] = session_duration
        if allow_from is not UNSET:
            field_dict["allowFrom"] = allow_from

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationMicrosoftteamsCreateRequest:
            integration_microsoftteams_create_request = _new_instance(cls)
            integration_microsoftteams_create_request.alias = d.pop("alias", UNSET)

            integration_microsoftteams_create_request.name = d.pop("name", UNSET)

            integration_microsoftteams_create_request.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                integration_microsoftteams_create_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                integration_microsoftteams_create_request.meta = meta

            integration_microsoftteams_create_request.blueprint_id = d.pop("blueprintId", UNSET)

            integration_microsoftteams_create_request.bot_id = d.pop("botId", UNSET)

            integration_microsoftteams_create_request.bot_framework_app_id = d.pop(
                "botFrameworkAppId", UNSET
            )

            integration_microsoftteams_create_request.bot_framework_app_secret = d.pop(
                "botFrameworkAppSecret", UNSET
            )

            integration_microsoftteams_create_request.tenant_id = d.pop("tenantId", UNSET)

            integration_microsoftteams_create_request.contact_collection = d.pop(
                "contactCollection", UNSET
            )

            integration_microsoftteams_create_request.session_duration = d.pop(
                "sessionDuration", UNSET
            )

            integration_microsoftteams_create_request.allow_from = d.pop("allowFrom", UNSET)

            integration_microsoftteams_create_request.additional_properties = {**d} if d else {}
            return integration_microsoftteams_create_request

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

        bot_framework_app_id = d.get("botFrameworkAppId", UNSET)

        bot_framework_app_secret = d.get("botFrameworkAppSecret", UNSET)

        tenant_id = d.get("tenantId", UNSET)

        contact_collection = d.get("contactCollection", UNSET)

        session_duration = d.get("sessionDuration", UNSET)

        allow_from = d.get("allowFrom", UNSET)

        integration_microsoftteams_create_request = cls(
            alias,
            name,
            description,
            meta,
            blueprint_id,
            bot_id,
            bot_framework_app_id,
            bot_framework_app_secret,
            tenant_id,
            contact_collection,
            session_duration,
            allow_from,
        )

        if not _KNOWN_KEYS.issuperset(d):
            integration_microsoftteams_create_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_microsoftteams_create_request

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
