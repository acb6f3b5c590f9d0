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


T = TypeVar("T", bound="IntegrationGooglechat")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "alias",
        "name",
        "description",
        "meta",
        "botId",
        "blueprintId",
        "serviceAccountKey",
        "projectNumber",
        "contactCollection",
        "sessionDuration",
        "attachments",
        "autoRespond",
        "allowFrom",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationGooglechat:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        alias (str | Unset):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        bot_id (str | Unset):
        blueprint_id (str | Unset):
        service_account_key (str | Unset):
        project_number (str | Unset):
        contact_collection (bool | Unset):
        session_duration (float | Unset):
        attachments (bool | Unset):
        auto_respond (str | Unset):
        allow_from (str | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    alias: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    bot_id: str | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    service_account_key: str | Unset = UNSET
    project_number: str | Unset = UNSET
    contact_collection: bool | Unset = UNSET
    session_duration: float | Unset = UNSET
    attachments: bool | Unset = UNSET
    auto_respond: str | Unset = UNSET
    allow_from: str | Unset = UNSET
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

        alias = self.alias

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        bot_id = self.bot_id

        blueprint_id = self.blueprint_id

        service_account_key = self.service_account_key

        project_number = self.project_number

        contact_collection = self.contact_collection

        session_duration = self.session_duration

        attachments = self.attachments

        auto_respond = self.auto_respond

        allow_from = self.allow_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if alias is not UNSET:
            field_dict["alias"] = alias
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id
        if blueprint_id is not UNSET:
            field_dict["blueprintId"] = blueprint_id
        if service_account_key is not UNSET:
            field_dict["serviceAccountKey"] = service_account_key
        if project_number is not UNSET:
            field_dict["projectNumber"] = project_number
        if contact_collection is not UNSET:
            field_dict["contactCollection"] = contact_collection
        if session_duration is not UNSET:
            field_dict["sessionDuration"] = session_duration
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if auto_respond is not UNSET:
            field_dict["autoRespond"] = auto_respond
        if allow_from is not UNSET:
            field_dict["allowFrom"] = allow_from

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationGooglechat:
            integration_googlechat = _new_instance(cls)
            integration_googlechat.id = d.pop("id", UNSET)

            integration_googlechat.created_at = d.pop("createdAt", UNSET)

            integration_googlechat.updated_at = d.pop("updatedAt", UNSET)

            integration_googlechat.alias = d.pop("alias", UNSET)

            integration_googlechat.name = d.pop("name", UNSET)

            integration_googlechat.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                integration_googlechat.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                integration_googlechat.meta = meta

            integration_googlechat.bot_id = d.pop("botId", UNSET)

            integration_googlechat.blueprint_id = d.pop("blueprintId", UNSET)

            integration_googlechat.service_account_key = d.pop("serviceAccountKey", UNSET)

            integration_googlechat.project_number = d.pop("projectNumber", UNSET)

            integration_googlechat.contact_collection = d.pop("contactCollection", UNSET)

            integration_googlechat.session_duration = d.pop("sessionDuration", UNSET)

            integration_googlechat.attachments = d.pop("attachments", UNSET)

            integration_googlechat.auto_respond = d.pop("autoRespond", UNSET)

            integration_googlechat.allow_from = d.pop("allowFrom", UNSET)

            integration_googlechat.additional_properties = {**d} if d else {}
            return integration_googlechat

        id = d.get("id", UNSET)

        created_at = d.get("createdAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        alias = d.get("alias", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        bot_id = d.get("botId", UNSET)

        blueprint_id = d.get("blueprintId", UNSET)

        service_account_key = d.get("serviceAccountKey", UNSET)

        project_number = d.get("projectNumber", UNSET)

        contact_collection = d.get("contactCollection", UNSET)

        session_duration = d.get("sessionDuration", UNSET)

        attachments = d.get("attachments", UNSET)

        auto_respond = d.get("autoRespond", UNSET)

        allow_from = d.get("allowFrom", UNSET)

        integration_googlechat = cls(
            id,
            created_at,
            updated_at,
            alias,
            name,
            description,
            meta,
            bot_id,
            blueprint_id,
            service_account_key,
            project_number,
            contact_collection,
            session_duration,
            attachments,
            auto_respond,
            allow_from,
        )

        if not _KNOWN_KEYS.issuperset(d):
            integration_googlechat.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_googlechat

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
