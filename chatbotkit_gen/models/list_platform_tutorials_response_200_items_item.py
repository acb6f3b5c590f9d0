from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta


T = TypeVar("T", bound="ListPlatformTutorialsResponse200ItemsItem")


@_attrs_define
class ListPlatformTutorialsResponse200ItemsItem:
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
        name = self.name

        description = self.description

        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at

        tags = self.tags

        index = self.index

        link = self.link

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        category = self.category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "tags": tags,
                "index": index,
                "link": link,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta import Meta  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        id = d.pop("id")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        tags = cast(list[str], d.pop("tags"))

        index = d.pop("index")

        link = d.pop("link")

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        category = d.pop("category", UNSET)

        list_platform_tutorials_response_200_items_item = cls(
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

        list_platform_tutorials_response_200_items_item.additional_properties = d
        return list_platform_tutorials_response_200_items_item

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
