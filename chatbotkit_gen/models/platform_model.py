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


T = TypeVar("T", bound="PlatformModel")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "provider",
        "family",
        "maxTokens",
        "maxInputTokens",
        "maxOutputTokens",
        "name",
        "description",
        "meta",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PlatformModel:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        provider (str):
        family (str):
        max_tokens (float):
        max_input_tokens (float):
        max_output_tokens (float):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    provider: str
    family: str
    max_tokens: float
    max_input_tokens: float
    max_output_tokens: float
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
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

        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        if isinstance(self.family, Unset):
            family = UNSET
        else:
            family = self.family

        if isinstance(self.max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = self.max_tokens

        if isinstance(self.max_input_tokens, Unset):
            max_input_tokens = UNSET
        else:
            max_input_tokens = self.max_input_tokens

        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if provider is not UNSET:
            field_dict["provider"] = provider
        if family is not UNSET:
            field_dict["family"] = family
        if max_tokens is not UNSET:
            field_dict["maxTokens"] = max_tokens
        if max_input_tokens is not UNSET:
            field_dict["maxInputTokens"] = max_input_tokens
        if max_output_tokens is not UNSET:
            field_dict["maxOutputTokens"] = max_output_tokens
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PlatformModel:
            platform_model = _new_instance(cls)
            platform_model.id = d.pop("id", UNSET)

            platform_model.created_at = d.pop("createdAt", UNSET)

            platform_model.updated_at = d.pop("updatedAt", UNSET)

            platform_model.provider = d.pop("provider", UNSET)

            platform_model.family = d.pop("family", UNSET)

            platform_model.max_tokens = d.pop("maxTokens", UNSET)

            platform_model.max_input_tokens = d.pop("maxInputTokens", UNSET)

            platform_model.max_output_tokens = d.pop("maxOutputTokens", UNSET)

            platform_model.name = d.pop("name", UNSET)

            platform_model.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                platform_model.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                platform_model.meta = meta

            platform_model.additional_properties = {**d} if d else {}
            return platform_model

        id = d.get("id", UNSET)

        created_at = d.get("createdAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        provider = d.get("provider", UNSET)

        family = d.get("family", UNSET)

        max_tokens = d.get("maxTokens", UNSET)

        max_input_tokens = d.get("maxInputTokens", UNSET)

        max_output_tokens = d.get("maxOutputTokens", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        platform_model = cls(
            id,
            created_at,
            updated_at,
            provider,
            family,
            max_tokens,
            max_input_tokens,
            max_output_tokens,
            name,
            description,
            meta,
        )

        if not _KNOWN_KEYS.issuperset(d):
            platform_model.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return platform_model

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
