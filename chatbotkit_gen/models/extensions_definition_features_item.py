from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extensions_definition_features_item_options import (
        ExtensionsDefinitionFeaturesItemOptions,
    )


T = TypeVar("T", bound="ExtensionsDefinitionFeaturesItem")


@_attrs_define
class ExtensionsDefinitionFeaturesItem:
    """
    Attributes:
        name (str):
        options (ExtensionsDefinitionFeaturesItemOptions | Unset):
    """

    name: str
    options: ExtensionsDefinitionFeaturesItemOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extensions_definition_features_item_options import (
            ExtensionsDefinitionFeaturesItemOptions,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _name_raw = d.pop("name", UNSET)
        if isinstance(_name_raw, Unset):
            name = UNSET
        else:
            name = _name_raw

        _options = d.pop("options", UNSET)
        options: ExtensionsDefinitionFeaturesItemOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = ExtensionsDefinitionFeaturesItemOptions.from_dict(_options)

        extensions_definition_features_item = cls(
            name=name,
            options=options,
        )

        extensions_definition_features_item.additional_properties = d
        return extensions_definition_features_item

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
