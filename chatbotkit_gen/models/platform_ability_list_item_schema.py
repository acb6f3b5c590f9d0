from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform_ability_list_item_schema_type import (
    PlatformAbilityListItemSchemaType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_ability_list_item_schema_properties import (
        PlatformAbilityListItemSchemaProperties,
    )


T = TypeVar("T", bound="PlatformAbilityListItemSchema")


@_attrs_define
class PlatformAbilityListItemSchema:
    """
    Attributes:
        type_ (PlatformAbilityListItemSchemaType):
        properties (PlatformAbilityListItemSchemaProperties):
        title (str | Unset):
        description (str | Unset):
        required (list[str] | Unset):
    """

    type_: PlatformAbilityListItemSchemaType
    properties: PlatformAbilityListItemSchemaProperties
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    required: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_.value

        if isinstance(self.properties, Unset):
            properties = UNSET
        else:
            properties = self.properties.to_dict()

        title = self.title

        description = self.description

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if properties is not UNSET:
            field_dict["properties"] = properties
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_ability_list_item_schema_properties import (
            PlatformAbilityListItemSchemaProperties,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if isinstance(_type__raw, Unset):
            type_ = UNSET
        else:
            type_ = PlatformAbilityListItemSchemaType(_type__raw)

        _properties_raw = d.pop("properties", UNSET)
        if isinstance(_properties_raw, Unset):
            properties = UNSET
        else:
            properties = PlatformAbilityListItemSchemaProperties.from_dict(_properties_raw)

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        required = cast(list[str], d.pop("required", UNSET))

        platform_ability_list_item_schema = cls(
            type_=type_,
            properties=properties,
            title=title,
            description=description,
            required=required,
        )

        platform_ability_list_item_schema.additional_properties = d
        return platform_ability_list_item_schema

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
