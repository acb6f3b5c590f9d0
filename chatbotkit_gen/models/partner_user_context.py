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
    from ..models.partner_user_context_payload import PartnerUserContextPayload

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta, PartnerUserContextPayload
    from ..models.meta import Meta  # noqa: PLC0415
    from ..models.partner_user_context_payload import PartnerUserContextPayload  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="PartnerUserContext")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "name",
        "description",
        "meta",
        "blueprintId",
        "botId",
        "datasetId",
        "skillsetId",
        "payload",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PartnerUserContext:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        blueprint_id (str | Unset):
        bot_id (str | Unset):
        dataset_id (str | Unset):
        skillset_id (str | Unset):
        payload (PartnerUserContextPayload | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    bot_id: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    skillset_id: str | Unset = UNSET
    payload: PartnerUserContextPayload | Unset = UNSET
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

        blueprint_id = self.blueprint_id

        bot_id = self.bot_id

        dataset_id = self.dataset_id

        skillset_id = self.skillset_id

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

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
        if blueprint_id is not UNSET:
            field_dict["blueprintId"] = blueprint_id
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if skillset_id is not UNSET:
            field_dict["skillsetId"] = skillset_id
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PartnerUserContext:
            partner_user_context = _new_instance(cls)
            partner_user_context.id = d.pop("id", UNSET)

            partner_user_context.created_at = d.pop("createdAt", UNSET)

            partner_user_context.updated_at = d.pop("updatedAt", UNSET)

            partner_user_context.name = d.pop("name", UNSET)

            partner_user_context.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                partner_user_context.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                partner_user_context.meta = meta

            partner_user_context.blueprint_id = d.pop("blueprintId", UNSET)

            partner_user_context.bot_id = d.pop("botId", UNSET)

            partner_user_context.dataset_id = d.pop("datasetId", UNSET)

            partner_user_context.skillset_id = d.pop("skillsetId", UNSET)

            _payload = d.pop("payload", UNSET)
            if _payload is UNSET:
                partner_user_context.payload = UNSET
            else:
                payload = _new_instance(PartnerUserContextPayload)
                payload.additional_properties = (
                    {**_payload} if builtins.type(_payload) is dict else dict(_payload)
                )
                partner_user_context.payload = payload

            partner_user_context.additional_properties = {**d} if d else {}
            return partner_user_context

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

        blueprint_id = d.get("blueprintId", UNSET)

        bot_id = d.get("botId", UNSET)

        dataset_id = d.get("datasetId", UNSET)

        skillset_id = d.get("skillsetId", UNSET)

        _payload = d.get("payload", UNSET)
        payload: PartnerUserContextPayload | Unset
        if _payload is UNSET:
            payload = UNSET
        else:
            payload = PartnerUserContextPayload.from_dict(_payload)

        partner_user_context = cls(
            id,
            created_at,
            updated_at,
            name,
            description,
            meta,
            blueprint_id,
            bot_id,
            dataset_id,
            skillset_id,
            payload,
        )

        if not _KNOWN_KEYS.issuperset(d):
            partner_user_context.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return partner_user_context

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
