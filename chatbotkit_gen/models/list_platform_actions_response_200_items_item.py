from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta


T = TypeVar("T", bound="ListPlatformActionsResponse200ItemsItem")


@_attrs_define
class ListPlatformActionsResponse200ItemsItem:
    """
    Attributes:
        description (str):
        id (str):
        created_at (float):
        updated_at (float):
        examples (list[str]):
        name (str | Unset):
        meta (Meta | Unset):
    """

    description: str
    id: str
    created_at: float
    updated_at: float
    examples: list[str]
    name: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at

        examples = self.examples

        name = self.name

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "examples": examples,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta import Meta  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        id = d.pop("id")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        examples = cast(list[str], d.pop("examples"))

        name = d.pop("name", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        list_platform_actions_response_200_items_item = cls(
            description=description,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            examples=examples,
            name=name,
            meta=meta,
        )

        list_platform_actions_response_200_items_item.additional_properties = d
        return list_platform_actions_response_200_items_item

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
