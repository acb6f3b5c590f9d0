from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta


T = TypeVar("T", bound="ListPlatformModelsResponse200ItemsItem")


@_attrs_define
class ListPlatformModelsResponse200ItemsItem:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        provider (str):
        family (str):
        max_tokens (float):
        max_input_tokens (float):
        max_output_tokens (float):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    provider: str
    family: str
    max_tokens: float
    max_input_tokens: float
    max_output_tokens: float
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at

        provider = self.provider

        family = self.family

        max_tokens = self.max_tokens

        max_input_tokens = self.max_input_tokens

        max_output_tokens = self.max_output_tokens

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "provider": provider,
                "family": family,
                "maxTokens": max_tokens,
                "maxInputTokens": max_input_tokens,
                "maxOutputTokens": max_output_tokens,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta import Meta  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        provider = d.pop("provider")

        family = d.pop("family")

        max_tokens = d.pop("maxTokens")

        max_input_tokens = d.pop("maxInputTokens")

        max_output_tokens = d.pop("maxOutputTokens")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        list_platform_models_response_200_items_item = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            provider=provider,
            family=family,
            max_tokens=max_tokens,
            max_input_tokens=max_input_tokens,
            max_output_tokens=max_output_tokens,
            name=name,
            description=description,
            meta=meta,
        )

        list_platform_models_response_200_items_item.additional_properties = d
        return list_platform_models_response_200_items_item

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
