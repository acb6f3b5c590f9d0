from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

import datetime

from ..models.sync_status import SyncStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta
    from ..models.meta import Meta  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="IntegrationNotion")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "datasetId",
        "alias",
        "name",
        "description",
        "meta",
        "blueprintId",
        "token",
        "syncStatus",
        "syncSchedule",
        "lastSyncedAt",
        "expiresIn",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationNotion:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        dataset_id (str):
        alias (str | Unset):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        blueprint_id (str | Unset):
        token (str | Unset):
        sync_status (SyncStatus | Unset):
        sync_schedule (str | Unset):
        last_synced_at (datetime.datetime | Unset):
        expires_in (float | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    dataset_id: str
    alias: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    token: str | Unset = UNSET
    sync_status: SyncStatus | Unset = UNSET
    sync_schedule: str | Unset = UNSET
    last_synced_at: datetime.datetime | Unset = UNSET
    expires_in: float | Unset = UNSET
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

        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        alias = self.alias

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        blueprint_id = self.blueprint_id

        token = self.token

        sync_status: str | Unset = UNSET
        if not isinstance(self.sync_status, Unset):
            sync_status = self.sync_status.value

        sync_schedule = self.sync_schedule

        last_synced_at: str | Unset = UNSET
        if not isinstance(self.last_synced_at, Unset):
            last_synced_at = self.last_synced_at.isoformat()

        expires_in = self.expires_in

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
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
        if token is not UNSET:
            field_dict["token"] = token
        if sync_status is not UNSET:
            field_dict["syncStatus"] = sync_status
        if sync_schedule is not UNSET:
            field_dict["syncSchedule"] = sync_schedule
        if last_synced_at is not UNSET:
            field_dict["lastSyncedAt"] = last_synced_at
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationNotion:
            integration_notion = _new_instance(cls)
            integration_notion.id = d.pop("id", UNSET)

            integration_notion.created_at = d.pop("createdAt", UNSET)

            integration_notion.updated_at = d.pop("updatedAt", UNSET)

            integration_notion.dataset_id = d.pop("datasetId", UNSET)

            integration_notion.alias = d.pop("alias", UNSET)

            integration_notion.name = d.pop("name", UNSET)

            integration_notion.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                integration_notion.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                integration_notion.meta = meta

            integration_notion.blueprint_id = d.pop("blueprintId", UNSET)

            integration_notion.token = d.pop("token", UNSET)

            _sync_status = d.pop("syncStatus", UNSET)
            sync_status: SyncStatus | Unset
            if isinstance(_sync_status, Unset):
                sync_status = UNSET
            else:
                try:
                    sync_status = SyncStatus._value2member_map_[_sync_status]
                except (KeyError, TypeError):
                    sync_status = SyncStatus(_sync_status)

            integration_notion.sync_status = sync_status

            integration_notion.sync_schedule = d.pop("syncSchedule", UNSET)

            _last_synced_at = d.pop("lastSyncedAt", UNSET)
            last_synced_at: datetime.datetime | Unset
            if _last_synced_at is UNSET:
                last_synced_at = UNSET
            else:
                last_synced_at = datetime.datetime.fromisoformat(_last_synced_at)

            integration_notion.last_synced_at = last_synced_at

            integration_notion.expires_in = d.pop("expiresIn", UNSET)

            integration_notion.additional_properties = {**d} if d else {}
            return integration_notion

        id = d.get("id", UNSET)

        created_at = d.get("createdAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        dataset_id = d.get("datasetId", UNSET)

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

        token = d.get("token", UNSET)

        _sync_status = d.get("syncStatus", UNSET)
        sync_status: SyncStatus | Unset
        if isinstance(_sync_status, Unset):
            sync_status = UNSET
        else:
            try:
                sync_status = SyncStatus._value2member_map_[_sync_status]
            except (KeyError, TypeError):
                sync_status = SyncStatus(_sync_status)

        sync_schedule = d.get("syncSchedule", UNSET)

        _last_synced_at = d.get("lastSyncedAt", UNSET)
        last_synced_at: datetime.datetime | Unset
        if _last_synced_at is UNSET:
            last_synced_at = UNSET
        else:
            last_synced_at = datetime.datetime.fromisoformat(_last_synced_at)

        expires_in = d.get("expiresIn", UNSET)

        integration_notion = cls(
            id,
            created_at,
            updated_at,
            dataset_id,
            alias,
            name,
            description,
            meta,
            blueprint_id,
            token,
            sync_status,
            sync_schedule,
            last_synced_at,
            expires_in,
        )

        if not _KNOWN_KEYS.issuperset(d):
            integration_notion.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_notion

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
