from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extensions_definition_skillsets_item_abilities_item import (
        ExtensionsDefinitionSkillsetsItemAbilitiesItem,
    )


T = TypeVar("T", bound="ExtensionsDefinitionSkillsetsItem")


@_attrs_define
class ExtensionsDefinitionSkillsetsItem:
    """
    Attributes:
        abilities (list[ExtensionsDefinitionSkillsetsItemAbilitiesItem]):
        name (str | Unset):
        description (str | Unset):
    """

    abilities: list[ExtensionsDefinitionSkillsetsItemAbilitiesItem]
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.abilities, Unset):
            abilities = UNSET
        else:
            abilities = []
            for abilities_item_data in self.abilities:
                abilities_item = abilities_item_data.to_dict()
                abilities.append(abilities_item)

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if abilities is not UNSET:
            field_dict["abilities"] = abilities
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extensions_definition_skillsets_item_abilities_item import (
            ExtensionsDefinitionSkillsetsItemAbilitiesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _abilities_raw = d.pop("abilities", UNSET)
        if isinstance(_abilities_raw, Unset):
            abilities = UNSET
        else:
            abilities = []
            _abilities = _abilities_raw
            for abilities_item_data in _abilities:
                abilities_item = ExtensionsDefinitionSkillsetsItemAbilitiesItem.from_dict(
                    abilities_item_data
                )

                abilities.append(abilities_item)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        extensions_definition_skillsets_item = cls(
            abilities=abilities,
            name=name,
            description=description,
        )

        extensions_definition_skillsets_item.additional_properties = d
        return extensions_definition_skillsets_item

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
