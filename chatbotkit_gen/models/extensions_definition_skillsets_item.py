from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extensions_definition_skillsets_item_abilities_item import (
        ExtensionsDefinitionSkillsetsItemAbilitiesItem,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, ExtensionsDefinitionSkillsetsItemAbilitiesItem
    from ..models.extensions_definition_skillsets_item_abilities_item import (
        ExtensionsDefinitionSkillsetsItemAbilitiesItem,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="ExtensionsDefinitionSkillsetsItem")


_KNOWN_KEYS = frozenset(
    {
        "abilities",
        "name",
        "description",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


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

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ExtensionsDefinitionSkillsetsItem:
            extensions_definition_skillsets_item = _new_instance(cls)
            _abilities_raw = d.get("abilities", UNSET)
            if _abilities_raw is UNSET:
                extensions_definition_skillsets_item.abilities = UNSET
            else:
                _abilities = _abilities_raw
                _parse_abilities = ExtensionsDefinitionSkillsetsItemAbilitiesItem.from_dict
                abilities = [_parse_abilities(item) for item in _abilities]

                extensions_definition_skillsets_item.abilities = abilities

            extensions_definition_skillsets_item.name = d.get("name", UNSET)

            extensions_definition_skillsets_item.description = d.get("description", UNSET)

            if (
                builtins.len(d)
                + (extensions_definition_skillsets_item.abilities is UNSET)
                + (extensions_definition_skillsets_item.name is UNSET)
                + (extensions_definition_skillsets_item.description is UNSET)
                > 3
            ):
                extensions_definition_skillsets_item.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                extensions_definition_skillsets_item.additional_properties = {}
            return extensions_definition_skillsets_item

        _abilities_raw = d.get("abilities", UNSET)
        if _abilities_raw is UNSET:
            abilities = UNSET
        else:
            _abilities = _abilities_raw
            _parse_abilities = ExtensionsDefinitionSkillsetsItemAbilitiesItem.from_dict
            abilities = [_parse_abilities(item) for item in _abilities]

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        extensions_definition_skillsets_item = cls(
            abilities,
            name,
            description,
        )

        if builtins.len(d) + (abilities is UNSET) + (name is UNSET) + (description is UNSET) > 3:
            extensions_definition_skillsets_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
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
