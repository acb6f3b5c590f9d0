from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta


T = TypeVar("T", bound="PlatformManualListItem")


@_attrs_define
class PlatformManualListItem:
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

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta import Meta  # noqa: PLC0415

        d = dict(src_dict)
        _name_raw = d.pop("name", UNSET)
        if isinstance(_name_raw, Unset):
            name = UNSET
        else:
            name = _name_raw

        _description_raw = d.pop("description", UNSET)
        if isinstance(_description_raw, Unset):
            description = UNSET
        else:
            description = _description_raw

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

        _tags_raw = d.pop("tags", UNSET)
        if isinstance(_tags_raw, Unset):
            tags = UNSET
        else:
            tags = cast(list[str], _tags_raw)

        _index_raw = d.pop("index", UNSET)
        if isinstance(_index_raw, Unset):
            index = UNSET
        else:
            index = _index_raw

        _link_raw = d.pop("link", UNSET)
        if isinstance(_link_raw, Unset):
            link = UNSET
        else:
            link = _link_raw

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        category = d.pop("category", UNSET)

        platform_manual_list_item = cls(
            name=name,
            description=description,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            tags=tags,
            index=index,
            link=link,
            meta=meta,
            category=category,
        )

        platform_manual_list_item.additional_properties = d
        return platform_manual_list_item

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
