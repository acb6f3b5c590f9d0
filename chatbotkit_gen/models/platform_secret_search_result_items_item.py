from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from typing import cast

from ..models.secret_kind import SecretKind
from ..models.secret_type import SecretType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta
    from ..models.platform_secret_search_result_items_item_config import (
        PlatformSecretSearchResultItemsItemConfig,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta, PlatformSecretSearchResultItemsItemConfig
    from ..models.meta import Meta  # noqa: PLC0415
    from ..models.platform_secret_search_result_items_item_config import (
        PlatformSecretSearchResultItemsItemConfig,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="PlatformSecretSearchResultItemsItem")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "type",
        "score",
        "excerpt",
        "name",
        "description",
        "meta",
        "template",
        "kind",
        "config",
        "icon",
        "tags",
        "setup",
        "commentary",
        "link",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PlatformSecretSearchResultItemsItem:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        type (SecretType):
        score (float):
        excerpt (str):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        template (str | Unset):
        kind (SecretKind | Unset):
        config (PlatformSecretSearchResultItemsItemConfig | Unset):
        icon (str | Unset):
        tags (list[str] | Unset):
        setup (str | Unset):
        commentary (str | Unset):
        link (str | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    type: SecretType
    score: float
    excerpt: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    template: str | Unset = UNSET
    kind: SecretKind | Unset = UNSET
    config: PlatformSecretSearchResultItemsItemConfig | Unset = UNSET
    icon: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    setup: str | Unset = UNSET
    commentary: str | Unset = UNSET
    link: str | Unset = UNSET
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

        if isinstance(self.type, Unset):
            type = UNSET
        else:
            type = self.type.value

        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        if isinstance(self.excerpt, Unset):
            excerpt = UNSET
        else:
            excerpt = self.excerpt

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        template = self.template

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        icon = self.icon

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        setup = self.setup

        commentary = self.commentary

        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if type is not UNSET:
            field_dict["type"] = type
        if score is not UNSET:
            field_dict["score"] = score
        if excerpt is not UNSET:
            field_dict["excerpt"] = excerpt
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if template is not UNSET:
            field_dict["template"] = template
        if kind is not UNSET:
            field_dict["kind"] = kind
        if config is not UNSET:
            field_dict["config"] = config
        if icon is not UNSET:
            field_dict["icon"] = icon
        if tags is not UNSET:
            field_dict["tags"] = tags
        if setup is not UNSET:
            field_dict["setup"] = setup
        if commentary is not UNSET:
            field_dict["commentary"] = commentary
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PlatformSecretSearchResultItemsItem:
            platform_secret_search_result_items_item = _new_instance(cls)
            platform_secret_search_result_items_item.id = d.pop("id", UNSET)

            platform_secret_search_result_items_item.created_at = d.pop("createdAt", UNSET)

            platform_secret_search_result_items_item.updated_at = d.pop("updatedAt", UNSET)

            _type_raw = d.pop("type", UNSET)
            if _type_raw is UNSET:
                platform_secret_search_result_items_item.type = UNSET
            else:
                try:
                    type = SecretType._value2member_map_[_type_raw]
                except (KeyError, TypeError):
                    type = SecretType(_type_raw)

                platform_secret_search_result_items_item.type = type

            platform_secret_search_result_items_item.score = d.pop("score", UNSET)

            platform_secret_search_result_items_item.excerpt = d.pop("excerpt", UNSET)

            platform_secret_search_result_items_item.name = d.pop("name", UNSET)

            platform_secret_search_result_items_item.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                platform_secret_search_result_items_item.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                platform_secret_search_result_items_item.meta = meta

            platform_secret_search_result_items_item.template = d.pop("template", UNSET)

            _kind = d.pop("kind", UNSET)
            kind: SecretKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                try:
                    kind = SecretKind._value2member_map_[_kind]
                except (KeyError, TypeError):
                    kind = SecretKind(_kind)

            platform_secret_search_result_items_item.kind = kind

            _config = d.pop("config", UNSET)
            if _config is UNSET:
                platform_secret_search_result_items_item.config = UNSET
            else:
                config = _new_instance(PlatformSecretSearchResultItemsItemConfig)
                config.additional_properties = (
                    {**_config} if builtins.type(_config) is dict else dict(_config)
                )
                platform_secret_search_result_items_item.config = config

            platform_secret_search_result_items_item.icon = d.pop("icon", UNSET)

            tags = cast(list[str], d.pop("tags", UNSET))

            platform_secret_search_result_items_item.tags = tags

            platform_secret_search_result_items_item.setup = d.pop("setup", UNSET)

            platform_secret_search_result_items_item.commentary = d.pop("commentary", UNSET)

            platform_secret_search_result_items_item.link = d.pop("link", UNSET)

            platform_secret_search_result_items_item.additional_properties = {**d} if d else {}
            return platform_secret_search_result_items_item

        id = d.get("id", UNSET)

        created_at = d.get("createdAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        _type_raw = d.get("type", UNSET)
        if _type_raw is UNSET:
            type = UNSET
        else:
            try:
                type = SecretType._value2member_map_[_type_raw]
            except (KeyError, TypeError):
                type = SecretType(_type_raw)

        score = d.get("score", UNSET)

        excerpt = d.get("excerpt", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        template = d.get("template", UNSET)

        _kind = d.get("kind", UNSET)
        kind: SecretKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            try:
                kind = SecretKind._value2member_map_[_kind]
            except (KeyError, TypeError):
                kind = SecretKind(_kind)

        _config = d.get("config", UNSET)
        config: PlatformSecretSearchResultItemsItemConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = PlatformSecretSearchResultItemsItemConfig.from_dict(_config)

        icon = d.get("icon", UNSET)

        tags = cast(list[str], d.get("tags", UNSET))

        setup = d.get("setup", UNSET)

        commentary = d.get("commentary", UNSET)

        link = d.get("link", UNSET)

        platform_secret_search_result_items_item = cls(
            id,
            created_at,
            updated_at,
            type,
            score,
            excerpt,
            name,
            description,
            meta,
            template,
            kind,
            config,
            icon,
            tags,
            setup,
            commentary,
            link,
        )

        if not _KNOWN_KEYS.issuperset(d):
            platform_secret_search_result_items_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return platform_secret_search_result_items_item

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
