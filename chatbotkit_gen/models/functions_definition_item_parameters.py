from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.functions_definition_item_parameters_type import (
    FunctionsDefinitionItemParametersType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.functions_definition_item_parameters_properties import (
        FunctionsDefinitionItemParametersProperties,
    )


T = TypeVar("T", bound="FunctionsDefinitionItemParameters")


@_attrs_define
class FunctionsDefinitionItemParameters:
    """
    Attributes:
        type_ (FunctionsDefinitionItemParametersType):
        properties (FunctionsDefinitionItemParametersProperties):
        required (list[str] | Unset):
    """

    type_: FunctionsDefinitionItemParametersType
    properties: FunctionsDefinitionItemParametersProperties
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

        required: list[str] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if properties is not UNSET:
            field_dict["properties"] = properties
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.functions_definition_item_parameters_properties import (
            FunctionsDefinitionItemParametersProperties,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if isinstance(_type__raw, Unset):
            type_ = UNSET
        else:
            type_ = FunctionsDefinitionItemParametersType(_type__raw)

        _properties_raw = d.pop("properties", UNSET)
        if isinstance(_properties_raw, Unset):
            properties = UNSET
        else:
            properties = FunctionsDefinitionItemParametersProperties.from_dict(_properties_raw)

        required = cast(list[str], d.pop("required", UNSET))

        functions_definition_item_parameters = cls(
            type_=type_,
            properties=properties,
            required=required,
        )

        functions_definition_item_parameters.additional_properties = d
        return functions_definition_item_parameters

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
