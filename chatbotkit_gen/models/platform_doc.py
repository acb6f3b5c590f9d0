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


T = TypeVar("T", bound="PlatformDoc")


_KNOWN_KEYS = frozenset(
    {
        "name",
        "id",
        "createdAt",
        "updatedAt",
        "content",
        "description",
        "meta",
        "category",
        "tags",
        "index",
        "link",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PlatformDoc:
    """
    Attributes:
        name (str):
        id (str):
        created_at (float):
        updated_at (float):
        content (str):
        description (str | Unset):
        meta (Meta | Unset):
        category (str | Unset):
        tags (list[str] | Unset):
        index (float | Unset):
        link (str | Unset):
    """

    name: str
    id: str
    created_at: float
    updated_at: float
    content: str
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    category: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    index: float | Unset = UNSET
    link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        category = self.category

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        index = self.index

        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if content is not UNSET:
            field_dict["content"] = content
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if category is not UNSET:
            field_dict["category"] = category
        if tags is not UNSET:
            field_dict["tags"] = tags
        if index is not UNSET:
            field_dict["index"] = index
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PlatformDoc:
            platform_doc = _new_instance(cls)
            platform_doc.name = d.pop("name", UNSET)

            platform_doc.id = d.pop("id", UNSET)

            platform_doc.created_at = d.pop("createdAt", UNSET)

            platform_doc.updated_at = d.pop("updatedAt", UNSET)

            platform_doc.content = d.pop("content", UNSET)

            platform_doc.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                platform_doc.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                platform_doc.meta = meta

            platform_doc.category = d.pop("category", UNSET)

            tags = cast(list[str], d.pop("tags", UNSET))

            platform_doc.tags = tags

            platform_doc.index = d.pop("index", UNSET)

            platform_doc.link = d.pop("link", UNSET)

            platform_doc.additional_properties = {**d} if d else {}
            return platform_doc

        name = d.get("name", UNSET)

        id = d.get("id", UNSET)

        created_at = d.get("createdAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        content = d.get("content", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        category = d.get("category", UNSET)

        tags = cast(list[str], d.get("tags", UNSET))

        index = d.get("index", UNSET)

        link = d.get("link", UNSET)

        platform_doc = cls(
            name,
            id,
            created_at,
            updated_at,
            content,
            description,
            meta,
            category,
            tags,
            index,
            link,
        )

        if not _KNOWN_KEYS.issuperset(d):
            platform_doc.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return platform_doc

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
