from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from typing import cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta
    from ..models.platform_ability_schema import PlatformAbilitySchema

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta, PlatformAbilitySchema
    from ..models.meta import Meta  # noqa: PLC0415
    from ..models.platform_ability_schema import PlatformAbilitySchema  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="PlatformAbility")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "instruction",
        "schema",
        "icon",
        "name",
        "description",
        "meta",
        "template",
        "bot",
        "file",
        "secret",
        "space",
        "provider",
        "tags",
        "setup",
        "commentary",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PlatformAbility:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        instruction (str):
        schema (PlatformAbilitySchema):
        icon (str):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        template (str | Unset):
        bot (str | Unset):
        file (str | Unset):
        secret (str | Unset):
        space (str | Unset):
        provider (str | Unset):
        tags (list[str] | Unset):
        setup (str | Unset):
        commentary (str | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    instruction: str
    schema: PlatformAbilitySchema
    icon: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    template: str | Unset = UNSET
    bot: str | Unset = UNSET
    file: str | Unset = UNSET
    secret: str | Unset = UNSET
    space: str | Unset = UNSET
    provider: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    setup: str | Unset = UNSET
    commentary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        if isinstance(self.instruction, Unset):
            instruction = UNSET
        else:
            instruction = self.instruction

        if isinstance(self.schema, Unset):
            schema = UNSET
        else:
            schema = self.schema.to_dict()

        if isinstance(self.icon, Unset):
            icon = UNSET
        else:
            icon = self.icon

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        template = self.template

        bot = self.bot

        file = self.file

        secret = self.secret

        space = self.space

        provider = self.provider

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        setup = self.setup

        commentary = self.commentary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if schema is not UNSET:
            field_dict["schema"] = schema
        if icon is not UNSET:
            field_dict["icon"] = icon
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if template is not UNSET:
            field_dict["template"] = template
        if bot is not UNSET:
            field_dict["bot"] = bot
        if file is not UNSET:
            field_dict["file"] = file
        if secret is not UNSET:
            field_dict["secret"] = secret
        if space is not UNSET:
            field_dict["space"] = space
        if provider is not UNSET:
            field_dict["provider"] = provider
        if tags is not UNSET:
            field_dict["tags"] = tags
        if setup is not UNSET:
            field_dict["setup"] = setup
        if commentary is not UNSET:
            field_dict["commentary"] = commentary

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PlatformAbility:
            platform_ability = _new_instance(cls)
            platform_ability.id = d.pop("id", UNSET)

            platform_ability.created_at = d.pop("createdAt", UNSET)

            platform_ability.updated_at = d.pop("updatedAt", UNSET)

            platform_ability.instruction = d.pop("instruction", UNSET)

            _schema_raw = d.pop("schema", UNSET)
            if _schema_raw is UNSET:
                platform_ability.schema = UNSET
            else:
                schema = PlatformAbilitySchema.from_dict(_schema_raw)

                platform_ability.schema = schema

            platform_ability.icon = d.pop("icon", UNSET)

            platform_ability.name = d.pop("name", UNSET)

            platform_ability.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                platform_ability.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                platform_ability.meta = meta

            platform_ability.template = d.pop("template", UNSET)

            platform_ability.bot = d.pop("bot", UNSET)

            platform_ability.file = d.pop("file", UNSET)

            platform_ability.secret = d.pop("secret", UNSET)

            platform_ability.space = d.pop("space", UNSET)

            platform_ability.provider = d.pop("provider", UNSET)

            tags = cast(list[str], d.pop("tags", UNSET))

            platform_ability.tags = tags

            platform_ability.setup = d.pop("setup", UNSET)

            platform_ability.commentary = d.pop("commentary", UNSET)

            platform_ability.additional_properties = {**d} if d else {}
            return platform_ability

        id = d.get("id", UNSET)

        created_at = d.get("createdAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        instruction = d.get("instruction", UNSET)

        _schema_raw = d.get("schema", UNSET)
        if _schema_raw is UNSET:
            schema = UNSET
        else:
            schema = PlatformAbilitySchema.from_dict(_schema_raw)

        icon = d.get("icon", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        template = d.get("template", UNSET)

        bot = d.get("bot", UNSET)

        file = d.get("file", UNSET)

        secret = d.get("secret", UNSET)

        space = d.get("space", UNSET)

        provider = d.get("provider", UNSET)

        tags = cast(list[str], d.get("tags", UNSET))

        setup = d.get("setup", UNSET)

        commentary = d.get("commentary", UNSET)

        platform_ability = cls(
            id,
            created_at,
            updated_at,
            instruction,
            schema,
            icon,
            name,
            description,
            meta,
            template,
            bot,
            file,
            secret,
            space,
            provider,
            tags,
            setup,
            commentary,
        )

        if not _KNOWN_KEYS.issuperset(d):
            platform_ability.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return platform_ability

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
