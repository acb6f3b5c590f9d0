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
    from ..models.portal_update_request_config import PortalUpdateRequestConfig

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta, PortalUpdateRequestConfig
    from ..models.meta import Meta  # noqa: PLC0415
    from ..models.portal_update_request_config import PortalUpdateRequestConfig  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="PortalUpdateRequest")


_KNOWN_KEYS = frozenset(
    {
        "alias",
        "name",
        "description",
        "meta",
        "blueprintId",
        "slug",
        "config",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PortalUpdateRequest:
    """
    Attributes:
        alias (str | Unset):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        blueprint_id (str | Unset):
        slug (str | Unset):
        config (PortalUpdateRequestConfig | Unset):
    """

    alias: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    slug: str | Unset = UNSET
    config: PortalUpdateRequestConfig | Unset = UNSET
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

        slug = self.slug

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

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
        if slug is not UNSET:
            field_dict["slug"] = slug
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PortalUpdateRequest:
            portal_update_request = _new_instance(cls)
            portal_update_request.alias = d.pop("alias", UNSET)

            portal_update_request.name = d.pop("name", UNSET)

            portal_update_request.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                portal_update_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                portal_update_request.meta = meta

            portal_update_request.blueprint_id = d.pop("blueprintId", UNSET)

            portal_update_request.slug = d.pop("slug", UNSET)

            _config = d.pop("config", UNSET)
            if _config is UNSET:
                portal_update_request.config = UNSET
            else:
                config = _new_instance(PortalUpdateRequestConfig)
                config.additional_properties = (
                    {**_config} if builtins.type(_config) is dict else dict(_config)
                )
                portal_update_request.config = config

            portal_update_request.additional_properties = {**d} if d else {}
            return portal_update_request

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

        slug = d.get("slug", UNSET)

        _config = d.get("config", UNSET)
        config: PortalUpdateRequestConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = PortalUpdateRequestConfig.from_dict(_config)

        portal_update_request = cls(
            alias,
            name,
            description,
            meta,
            blueprint_id,
            slug,
            config,
        )

        if not _KNOWN_KEYS.issuperset(d):
            portal_update_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return portal_update_request

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
