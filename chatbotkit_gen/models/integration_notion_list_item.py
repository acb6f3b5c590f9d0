from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_status import SyncStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta


T = TypeVar("T", bound="IntegrationNotionListItem")


@_attrs_define
class IntegrationNotionListItem:
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

        _dataset_id_raw = d.pop("datasetId", UNSET)
        if isinstance(_dataset_id_raw, Unset):
            dataset_id = UNSET
        else:
            dataset_id = _dataset_id_raw

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

        token = d.pop("token", UNSET)

        _sync_status = d.pop("syncStatus", UNSET)
        sync_status: SyncStatus | Unset
        if isinstance(_sync_status, Unset):
            sync_status = UNSET
        else:
            sync_status = SyncStatus(_sync_status)

        sync_schedule = d.pop("syncSchedule", UNSET)

        _last_synced_at = d.pop("lastSyncedAt", UNSET)
        last_synced_at: datetime.datetime | Unset
        if isinstance(_last_synced_at, Unset):
            last_synced_at = UNSET
        else:
            last_synced_at = datetime.datetime.fromisoformat(_last_synced_at)

        expires_in = d.pop("expiresIn", UNSET)

        integration_notion_list_item = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            dataset_id=dataset_id,
            alias=alias,
            name=name,
            description=description,
            meta=meta,
            blueprint_id=blueprint_id,
            token=token,
            sync_status=sync_status,
            sync_schedule=sync_schedule,
            last_synced_at=last_synced_at,
            expires_in=expires_in,
        )

        integration_notion_list_item.additional_properties = d
        return integration_notion_list_item

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
