from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from typing import Literal, cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_ability_schema_properties import (
        PlatformAbilitySchemaProperties,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, PlatformAbilitySchemaProperties
    from ..models.platform_ability_schema_properties import (
        PlatformAbilitySchemaProperties,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="PlatformAbilitySchema")


_KNOWN_KEYS = frozenset(
    {
        "type",
        "properties",
        "title",
        "description",
        "required",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PlatformAbilitySchema:
    """
    Attributes:
        type (Literal['object']):
        properties (PlatformAbilitySchemaProperties):
        title (str | Unset):
        description (str | Unset):
        required (list[str] | Unset):
    """

    type: Literal["object"]
    properties: PlatformAbilitySchemaProperties
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    required: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.type, Unset):
            type = UNSET
        else:
            type = self.type

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
        if type is not UNSET:
            field_dict["type"] = type
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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PlatformAbilitySchema:
            platform_ability_schema = _new_instance(cls)
            _type_raw = d.pop("type", UNSET)
            if _type_raw is UNSET:
                platform_ability_schema.type = UNSET
            else:
                type = _type_raw
                if type != "object":
                    raise ValueError(f"type must match const 'object', got '{type}'")
                platform_ability_schema.type = type

            _properties = d.pop("properties", UNSET)
            if _properties is UNSET:
                platform_ability_schema.properties = UNSET
            else:
                properties = _new_instance(PlatformAbilitySchemaProperties)
                properties.additional_properties = (
                    {**_properties} if builtins.type(_properties) is dict else dict(_properties)
                )
                platform_ability_schema.properties = properties

            platform_ability_schema.title = d.pop("title", UNSET)

            platform_ability_schema.description = d.pop("description", UNSET)

            required = cast(list[str], d.pop("required", UNSET))

            platform_ability_schema.required = required

            platform_ability_schema.additional_properties = {**d} if d else {}
            return platform_ability_schema

        _type_raw = d.get("type", UNSET)
        if _type_raw is UNSET:
            type = UNSET
        else:
            type = _type_raw
            if type != "object":
                raise ValueError(f"type must match const 'object', got '{type}'")

        _properties_raw = d.get("properties", UNSET)
        if _properties_raw is UNSET:
            properties = UNSET
        else:
            properties = PlatformAbilitySchemaProperties.from_dict(_properties_raw)

        title = d.get("title", UNSET)

        description = d.get("description", UNSET)

        required = cast(list[str], d.get("required", UNSET))

        platform_ability_schema = cls(
            type,
            properties,
            title,
            description,
            required,
        )

        if not _KNOWN_KEYS.issuperset(d):
            platform_ability_schema.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return platform_ability_schema

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
