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
    from ..models.meta import Meta

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta
    from ..models.meta import Meta  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="SkillsetAbilityCreateRequest")


_KNOWN_KEYS = frozenset(
    {
        "name",
        "description",
        "meta",
        "blueprintId",
        "secretId",
        "fileId",
        "botId",
        "spaceId",
        "instruction",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class SkillsetAbilityCreateRequest:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        blueprint_id (str | Unset):
        secret_id (str | Unset):
        file_id (str | Unset):
        bot_id (str | Unset):
        space_id (str | Unset):
        instruction (str | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    secret_id: str | Unset = UNSET
    file_id: str | Unset = UNSET
    bot_id: str | Unset = UNSET
    space_id: str | Unset = UNSET
    instruction: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        blueprint_id = self.blueprint_id

        secret_id = self.secret_id

        file_id = self.file_id

        bot_id = self.bot_id

        space_id = self.space_id

        instruction = self.instruction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if blueprint_id is not UNSET:
            field_dict["blueprintId"] = blueprint_id
        if secret_id is not UNSET:
            field_dict["secretId"] = secret_id
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id
        if instruction is not UNSET:
            field_dict["instruction"] = instruction

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is SkillsetAbilityCreateRequest:
            skillset_ability_create_request = _new_instance(cls)
            skillset_ability_create_request.name = d.pop("name", UNSET)

            skillset_ability_create_request.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                skillset_ability_create_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                skillset_ability_create_request.meta = meta

            skillset_ability_create_request.blueprint_id = d.pop("blueprintId", UNSET)

            skillset_ability_create_request.secret_id = d.pop("secretId", UNSET)

            skillset_ability_create_request.file_id = d.pop("fileId", UNSET)

            skillset_ability_create_request.bot_id = d.pop("botId", UNSET)

            skillset_ability_create_request.space_id = d.pop("spaceId", UNSET)

            skillset_ability_create_request.instruction = d.pop("instruction", UNSET)

            skillset_ability_create_request.additional_properties = {**d} if d else {}
            return skillset_ability_create_request

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        blueprint_id = d.get("blueprintId", UNSET)

        secret_id = d.get("secretId", UNSET)

        file_id = d.get("fileId", UNSET)

        bot_id = d.get("botId", UNSET)

        space_id = d.get("spaceId", UNSET)

        instruction = d.get("instruction", UNSET)

        skillset_ability_create_request = cls(
            name,
            description,
            meta,
            blueprint_id,
            secret_id,
            file_id,
            bot_id,
            space_id,
            instruction,
        )

        if not _KNOWN_KEYS.issuperset(d):
            skillset_ability_create_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return skillset_ability_create_request

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
