from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from typing import cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta
    from ..models.meta import Meta  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="PlatformTutorialListItem")


_KNOWN_KEYS = frozenset(
    {
        "name",
        "description",
        "id",
        "createdAt",
        "updatedAt",
        "tags",
        "index",
        "link",
        "meta",
        "category",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PlatformTutorialListItem:
    """
    Attributes:
        name (str):
        description (str):
        id (str):
        created_at (float):
        updated_at (float):
        tags (list[str]):
        index (float):
        link (str):
        meta (Meta | Unset):
        category (str | Unset):
    """

    name: str
    description: str
    id: str
    created_at: float
    updated_at: float
    tags: list[str]
    index: float
    link: str
    meta: Meta | Unset = UNSET
    category: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags

        if isinstance(self.index, Unset):
            index = UNSET
        else:
            index = self.index

        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if tags is not UNSET:
            field_dict["tags"] = tags
        if index is not UNSET:
            field_dict["index"] = index
        if link is not UNSET:
            field_dict["link"] = link
        if meta is not UNSET:
            field_dict["meta"] = meta
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PlatformTutorialListItem:
            platform_tutorial_list_item = _new_instance(cls)
            platform_tutorial_list_item.name = d.pop("name", UNSET)

            platform_tutorial_list_item.description = d.pop("description", UNSET)

            platform_tutorial_list_item.id = d.pop("id", UNSET)

            platform_tutorial_list_item.created_at = d.pop("createdAt", UNSET)

            platform_tutorial_list_item.updated_at = d.pop("updatedAt", UNSET)

            _tags_raw = d.pop("tags", UNSET)
            if _tags_raw is UNSET:
                platform_tutorial_list_item.tags = UNSET
            else:
                tags = cast(list[str], _tags_raw)

                platform_tutorial_list_item.tags = tags

            platform_tutorial_list_item.index = d.pop("index", UNSET)

            platform_tutorial_list_item.link = d.pop("link", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                platform_tutorial_list_item.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                platform_tutorial_list_item.meta = meta

            platform_tutorial_list_item.category = d.pop("category", UNSET)

            platform_tutorial_list_item.additional_properties = {**d} if d else {}
            return platform_tutorial_list_item

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        id = d.get("id", UNSET)

        created_at = d.get("createdAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        _tags_raw = d.get("tags", UNSET)
        if _tags_raw is UNSET:
            tags = UNSET
        else:
            tags = cast(list[str], _tags_raw)

        index = d.get("index", UNSET)

        link = d.get("link", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        category = d.get("category", UNSET)

        platform_tutorial_list_item = cls(
            name,
            description,
            id,
            created_at,
            updated_at,
            tags,
            index,
            link,
            meta,
            category,
        )

        if not _KNOWN_KEYS.issuperset(d):
            platform_tutorial_list_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return platform_tutorial_list_item

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
