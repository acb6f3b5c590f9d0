from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta


T = TypeVar("T", bound="CreateMicrosoftteamsIntegrationBody")


@_attrs_define
class CreateMicrosoftteamsIntegrationBody:
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

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta import Meta  # noqa: PLC0415

        d = dict(src_dict)
        alias = d.pop("alias", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        blueprint_id = d.pop("blueprintId", UNSET)

        bot_id = d.pop("botId", UNSET)

        bot_framework_app_id = d.pop("botFrameworkAppId", UNSET)

        bot_framework_app_secret = d.pop("botFrameworkAppSecret", UNSET)

        tenant_id = d.pop("tenantId", UNSET)

        contact_collection = d.pop("contactCollection", UNSET)

        session_duration = d.pop("sessionDuration", UNSET)

        allow_from = d.pop("allowFrom", UNSET)

        create_microsoftteams_integration_body = cls(
            alias=alias,
            name=name,
            description=description,
            meta=meta,
            blueprint_id=blueprint_id,
            bot_id=bot_id,
            bot_framework_app_id=bot_framework_app_id,
            bot_framework_app_secret=bot_framework_app_secret,
            tenant_id=tenant_id,
            contact_collection=contact_collection,
            session_duration=session_duration,
            allow_from=allow_from,
        )

        create_microsoftteams_integration_body.additional_properties = d
        return create_microsoftteams_integration_body

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
