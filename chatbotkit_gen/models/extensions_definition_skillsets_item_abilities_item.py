from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extensions_definition_skillsets_item_abilities_item_meta import (
        ExtensionsDefinitionSkillsetsItemAbilitiesItemMeta,
    )


T = TypeVar("T", bound="ExtensionsDefinitionSkillsetsItemAbilitiesItem")


@_attrs_define
class ExtensionsDefinitionSkillsetsItemAbilitiesItem:
    """
    Attributes:
        name (str):
        description (str):
        instruction (str):
        secret_id (str | Unset):
        meta (ExtensionsDefinitionSkillsetsItemAbilitiesItemMeta | Unset):
    """

    name: str
    description: str
    instruction: str
    secret_id: str | Unset = UNSET
    meta: ExtensionsDefinitionSkillsetsItemAbilitiesItemMeta | Unset = UNSET
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

        if isinstance(self.instruction, Unset):
            instruction = UNSET
        else:
            instruction = self.instruction

        secret_id = self.secret_id

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if secret_id is not UNSET:
            field_dict["secretId"] = secret_id
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extensions_definition_skillsets_item_abilities_item_meta import (
            ExtensionsDefinitionSkillsetsItemAbilitiesItemMeta,  # noqa: PLC0415
        )

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

        _instruction_raw = d.pop("instruction", UNSET)
        if isinstance(_instruction_raw, Unset):
            instruction = UNSET
        else:
            instruction = _instruction_raw

        secret_id = d.pop("secretId", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: ExtensionsDefinitionSkillsetsItemAbilitiesItemMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ExtensionsDefinitionSkillsetsItemAbilitiesItemMeta.from_dict(_meta)

        extensions_definition_skillsets_item_abilities_item = cls(
            name=name,
            description=description,
            instruction=instruction,
            secret_id=secret_id,
            meta=meta,
        )

        extensions_definition_skillsets_item_abilities_item.additional_properties = d
        return extensions_definition_skillsets_item_abilities_item

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
