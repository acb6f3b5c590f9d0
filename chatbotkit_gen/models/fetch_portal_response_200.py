from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_portal_response_200_config import FetchPortalResponse200Config
    from ..models.meta import Meta


T = TypeVar("T", bound="FetchPortalResponse200")


@_attrs_define
class FetchPortalResponse200:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        alias (str | Unset):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        blueprint_id (str | Unset):
        slug (str | Unset):
        config (FetchPortalResponse200Config | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    alias: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    slug: str | Unset = UNSET
    config: FetchPortalResponse200Config | Unset = UNSET
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

        blueprint_id = self.blueprint_id

        slug = self.slug

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

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
        if blueprint_id is not UNSET:
            field_dict["blueprintId"] = blueprint_id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fetch_portal_response_200_config import (
            FetchPortalResponse200Config,  # noqa: PLC0415
        )
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

        blueprint_id = d.pop("blueprintId", UNSET)

        slug = d.pop("slug", UNSET)

        _config = d.pop("config", UNSET)
        config: FetchPortalResponse200Config | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = FetchPortalResponse200Config.from_dict(_config)

        fetch_portal_response_200 = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            alias=alias,
            name=name,
            description=description,
            meta=meta,
            blueprint_id=blueprint_id,
            slug=slug,
            config=config,
        )

        fetch_portal_response_200.additional_properties = d
        return fetch_portal_response_200

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
