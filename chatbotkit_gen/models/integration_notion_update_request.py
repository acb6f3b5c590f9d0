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


T = TypeVar("T", bound="IntegrationNotionUpdateRequest")


_KNOWN_KEYS = frozenset(
    {
        "alias",
        "name",
        "description",
        "meta",
        "blueprintId",
        "datasetId",
        "token",
        "syncSchedule",
        "expiresIn",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationNotionUpdateRequest:
    """
    Attributes:
        alias (str | Unset):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        blueprint_id (str | Unset):
        dataset_id (str | Unset):
        token (str | Unset):
        sync_schedule (str | Unset):
        expires_in (float | Unset):
    """

    alias: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    token: str | Unset = UNSET
    sync_schedule: str | Unset = UNSET
    expires_in: float | Unset = UNSET
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

        dataset_id = self.dataset_id

        token = self.token

        sync_schedule = self.sync_schedule

        expires_in = self.expires_in

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
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if token is not UNSET:
            field_dict["token"] = token
        if sync_schedule is not UNSET:
            field_dict["syncSchedule"] = sync_schedule
        if expires_in is not UNSET:
            field_dict["expiresIn"] = expires_in

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationNotionUpdateRequest:
            integration_notion_update_request = _new_instance(cls)
            integration_notion_update_request.alias = d.pop("alias", UNSET)

            integration_notion_update_request.name = d.pop("name", UNSET)

            integration_notion_update_request.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                integration_notion_update_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                integration_notion_update_request.meta = meta

            integration_notion_update_request.blueprint_id = d.pop("blueprintId", UNSET)

            integration_notion_update_request.dataset_id = d.pop("datasetId", UNSET)

            integration_notion_update_request.token = d.pop("token", UNSET)

            integration_notion_update_request.sync_schedule = d.pop("syncSchedule", UNSET)

            integration_notion_update_request.expires_in = d.pop("expiresIn", UNSET)

            integration_notion_update_request.additional_properties = {**d} if d else {}
            return integration_notion_update_request

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

        dataset_id = d.get("datasetId", UNSET)

        token = d.get("token", UNSET)

        sync_schedule = d.get("syncSchedule", UNSET)

        expires_in = d.get("expiresIn", UNSET)

        integration_notion_update_request = cls(
            alias,
            name,
            description,
            meta,
            blueprint_id,
            dataset_id,
            token,
            sync_schedule,
            expires_in,
        )

        if not _KNOWN_KEYS.issuperset(d):
            integration_notion_update_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_notion_update_request

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
