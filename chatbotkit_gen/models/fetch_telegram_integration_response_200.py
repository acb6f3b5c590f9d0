from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta


T = TypeVar("T", bound="FetchTelegramIntegrationResponse200")


@_attrs_define
class FetchTelegramIntegrationResponse200:
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
        contact_collection (bool | Unset):
        session_duration (float | Unset):
        attachments (bool | Unset):
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
    contact_collection: bool | Unset = UNSET
    session_duration: float | Unset = UNSET
    attachments: bool | Unset = UNSET
    allow_from: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        contact_collection = self.contact_collection

        session_duration = self.session_duration

        attachments = self.attachments

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
        if contact_collection is not UNSET:
            field_dict["contactCollection"] = contact_collection
        if session_duration is not UNSET:
            field_dict["sessionDuration"] = session_duration
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if allow_from is not UNSET:
            field_dict["allowFrom"] = allow_from

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta import Meta  # noqa: PLC0415

        d = dict(src_dict)
        _id_raw = d.pop("id", UNSET)
        if isinstance(_id_raw, Unset):
            id = UNSET
        else:
            id = _id_raw

        _created_at_raw = d.pop("createdAt", UNSET)
        if isinstance(_created_at_raw, Unset):
            created_at = UNSET
        else:
            created_at = _created_at_raw

        _updated_at_raw = d.pop("updatedAt", UNSET)
        if isinstance(_updated_at_raw, Unset):
            updated_at = UNSET
        else:
            updated_at = _updated_at_raw

        alias = d.pop("alias", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        bot_id = d.pop("botId", UNSET)

        blueprint_id = d.pop("blueprintId", UNSET)

        contact_collection = d.pop("contactCollection", UNSET)

        session_duration = d.pop("sessionDuration", UNSET)

        attachments = d.pop("attachments", UNSET)

        allow_from = d.pop("allowFrom", UNSET)

        fetch_telegram_integration_response_200 = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            alias=alias,
            name=name,
            description=description,
            meta=meta,
            bot_id=bot_id,
            blueprint_id=blueprint_id,
            contact_collection=contact_collection,
            session_duration=session_duration,
            attachments=attachments,
            allow_from=allow_from,
        )

        fetch_telegram_integration_response_200.additional_properties = d
        return fetch_telegram_integration_response_200

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
