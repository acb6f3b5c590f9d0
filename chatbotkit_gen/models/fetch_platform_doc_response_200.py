from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta


T = TypeVar("T", bound="FetchPlatformDocResponse200")


@_attrs_define
class FetchPlatformDocResponse200:
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

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta import Meta  # noqa: PLC0415

        d = dict(src_dict)
        _name_raw = d.pop("name", UNSET)
        if isinstance(_name_raw, Unset):
            name = UNSET
        else:
            name = _name_raw

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

        _content_raw = d.pop("content", UNSET)
        if isinstance(_content_raw, Unset):
            content = UNSET
        else:
            content = _content_raw

        description = d.pop("description", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        category = d.pop("category", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        index = d.pop("index", UNSET)

        link = d.pop("link", UNSET)

        fetch_platform_doc_response_200 = cls(
            name=name,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            content=content,
            description=description,
            meta=meta,
            category=category,
            tags=tags,
            index=index,
            link=link,
        )

        fetch_platform_doc_response_200.additional_properties = d
        return fetch_platform_doc_response_200

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
