from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from typing import cast

from ..models.platform_example_type import PlatformExampleType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_example_config import PlatformExampleConfig

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, PlatformExampleConfig
    from ..models.platform_example_config import PlatformExampleConfig  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="PlatformExample")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "description",
        "type",
        "config",
        "link",
        "tags",
        "createdAt",
        "updatedAt",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PlatformExample:
    """
    Attributes:
        id (str):
        name (str):
        description (str):
        type (PlatformExampleType):
        config (PlatformExampleConfig):
        link (str):
        tags (list[str] | Unset):
        created_at (float | Unset):
        updated_at (float | Unset):
    """

    id: str
    name: str
    description: str
    type: PlatformExampleType
    config: PlatformExampleConfig
    link: str
    tags: list[str] | Unset = UNSET
    created_at: float | Unset = UNSET
    updated_at: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        if isinstance(self.type, Unset):
            type = UNSET
        else:
            type = self.type.value

        if isinstance(self.config, Unset):
            config = UNSET
        else:
            config = self.config.to_dict()

        if isinstance(self.link, Unset):
            link = UNSET
        else:
            link = self.link

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if type is not UNSET:
            field_dict["type"] = type
        if config is not UNSET:
            field_dict["config"] = config
        if link is not UNSET:
            field_dict["link"] = link
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PlatformExample:
            platform_example = _new_instance(cls)
            platform_example.id = d.pop("id", UNSET)

            platform_example.name = d.pop("name", UNSET)

            platform_example.description = d.pop("description", UNSET)

            _type_raw = d.pop("type", UNSET)
            if _type_raw is UNSET:
                platform_example.type = UNSET
            else:
                try:
                    type = PlatformExampleType._value2member_map_[_type_raw]
                except (KeyError, TypeError):
                    type = PlatformExampleType(_type_raw)

                platform_example.type = type

            _config = d.pop("config", UNSET)
            if _config is UNSET:
                platform_example.config = UNSET
            else:
                config = _new_instance(PlatformExampleConfig)
                config.additional_properties = (
                    {**_config} if builtins.type(_config) is dict else dict(_config)
                )
                platform_example.config = config

            platform_example.link = d.pop("link", UNSET)

            tags = cast(list[str], d.pop("tags", UNSET))

            platform_example.tags = tags

            platform_example.created_at = d.pop("createdAt", UNSET)

            platform_example.updated_at = d.pop("updatedAt", UNSET)

            platform_example.additional_properties = {**d} if d else {}
            return platform_example

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _type_raw = d.get("type", UNSET)
        if _type_raw is UNSET:
            type = UNSET
        else:
            try:
                type = PlatformExampleType._value2member_map_[_type_raw]
            except (KeyError, TypeError):
                type = PlatformExampleType(_type_raw)

        _config_raw = d.get("config", UNSET)
        if _config_raw is UNSET:
            config = UNSET
        else:
            config = PlatformExampleConfig.from_dict(_config_raw)

        link = d.get("link", UNSET)

        tags = cast(list[str], d.get("tags", UNSET))

        created_at = d.get("createdAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        platform_example = cls(
            id,
            name,
            description,
            type,
            config,
            link,
            tags,
            created_at,
            updated_at,
        )

        if not _KNOWN_KEYS.issuperset(d):
            platform_example.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return platform_example

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
