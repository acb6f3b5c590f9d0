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


T = TypeVar("T", bound="IntegrationMessenger")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "verifyToken",
        "alias",
        "name",
        "description",
        "meta",
        "botId",
        "blueprintId",
        "accessToken",
        "contactCollection",
        "sessionDuration",
        "attachments",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationMessenger:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        verify_token (str):
        alias (str | Unset):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        bot_id (str | Unset):
        blueprint_id (str | Unset):
        access_token (str | Unset):
        contact_collection (bool | Unset):
        session_duration (float | Unset):
        attachments (bool | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    verify_token: str
    alias: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    bot_id: str | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    access_token: str | Unset = UNSET
    contact_collection: bool | Unset = UNSET
    session_duration: float | Unset = UNSET
    attachments: bool | Unset = UNSET
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

        if isinstance(self.verify_token, Unset):
            verify_token = UNSET
        else:
            verify_token = self.verify_token

        alias = self.alias

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        bot_id = self.bot_id

        blueprint_id = self.blueprint_id

        access_token = self.access_token

        contact_collection = self.contact_collection

        session_duration = self.session_duration

        attachments = self.attachments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if verify_token is not UNSET:
            field_dict["verifyToken"] = verify_token
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
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token
        if contact_collection is not UNSET:
            field_dict["contactCollection"] = contact_collection
        if session_duration is not UNSET:
            field_dict["sessionDuration"] = session_duration
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationMessenger:
            integration_messenger = _new_instance(cls)
            integration_messenger.id = d.pop("id", UNSET)

            integration_messenger.created_at = d.pop("createdAt", UNSET)

            integration_messenger.updated_at = d.pop("updatedAt", UNSET)

            integration_messenger.verify_token = d.pop("verifyToken", UNSET)

            integration_messenger.alias = d.pop("alias", UNSET)

            integration_messenger.name = d.pop("name", UNSET)

            integration_messenger.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                integration_messenger.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                integration_messenger.meta = meta

            integration_messenger.bot_id = d.pop("botId", UNSET)

            integration_messenger.blueprint_id = d.pop("blueprintId", UNSET)

            integration_messenger.access_token = d.pop("accessToken", UNSET)

            integration_messenger.contact_collection = d.pop("contactCollection", UNSET)

            integration_messenger.session_duration = d.pop("sessionDuration", UNSET)

            integration_messenger.attachments = d.pop("attachments", UNSET)

            integration_messenger.additional_properties = {**d} if d else {}
            return integration_messenger

        id = d.get("id", UNSET)

        created_at = d.get("createdAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        verify_token = d.get("verifyToken", UNSET)

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

        access_token = d.get("accessToken", UNSET)

        contact_collection = d.get("contactCollection", UNSET)

        session_duration = d.get("sessionDuration", UNSET)

        attachments = d.get("attachments", UNSET)

        integration_messenger = cls(
            id,
            created_at,
            updated_at,
            verify_token,
            alias,
            name,
            description,
            meta,
            bot_id,
            blueprint_id,
            access_token,
            contact_collection,
            session_duration,
            attachments,
        )

        if not _KNOWN_KEYS.issuperset(d):
            integration_messenger.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_messenger

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
