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
    from ..models.extensions_definition_skillsets_item_abilities_item_meta import (
        ExtensionsDefinitionSkillsetsItemAbilitiesItemMeta,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, ExtensionsDefinitionSkillsetsItemAbilitiesItemMeta
    from ..models.extensions_definition_skillsets_item_abilities_item_meta import (
        ExtensionsDefinitionSkillsetsItemAbilitiesItemMeta,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="ExtensionsDefinitionSkillsetsItemAbilitiesItem")


_KNOWN_KEYS = frozenset(
    {
        "name",
        "description",
        "instruction",
        "secretId",
        "meta",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


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

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ExtensionsDefinitionSkillsetsItemAbilitiesItem:
            extensions_definition_skillsets_item_abilities_item = _new_instance(cls)
            extensions_definition_skillsets_item_abilities_item.name = d.pop("name", UNSET)

            extensions_definition_skillsets_item_abilities_item.description = d.pop(
                "description", UNSET
            )

            extensions_definition_skillsets_item_abilities_item.instruction = d.pop(
                "instruction", UNSET
            )

            extensions_definition_skillsets_item_abilities_item.secret_id = d.pop("secretId", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                extensions_definition_skillsets_item_abilities_item.meta = UNSET
            else:
                meta = _new_instance(ExtensionsDefinitionSkillsetsItemAbilitiesItemMeta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                extensions_definition_skillsets_item_abilities_item.meta = meta

            extensions_definition_skillsets_item_abilities_item.additional_properties = (
                {**d} if d else {}
            )
            return extensions_definition_skillsets_item_abilities_item

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        instruction = d.get("instruction", UNSET)

        secret_id = d.get("secretId", UNSET)

        _meta = d.get("meta", UNSET)
        meta: ExtensionsDefinitionSkillsetsItemAbilitiesItemMeta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = ExtensionsDefinitionSkillsetsItemAbilitiesItemMeta.from_dict(_meta)

        extensions_definition_skillsets_item_abilities_item = cls(
            name,
            description,
            instruction,
            secret_id,
            meta,
        )

        if not _KNOWN_KEYS.issuperset(d):
            extensions_definition_skillsets_item_abilities_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
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
