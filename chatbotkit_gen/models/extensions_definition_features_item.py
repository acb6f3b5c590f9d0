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
    from ..models.extensions_definition_features_item_options import (
        ExtensionsDefinitionFeaturesItemOptions,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, ExtensionsDefinitionFeaturesItemOptions
    from ..models.extensions_definition_features_item_options import (
        ExtensionsDefinitionFeaturesItemOptions,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="ExtensionsDefinitionFeaturesItem")


_KNOWN_KEYS = frozenset(
    {
        "name",
        "options",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


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

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ExtensionsDefinitionFeaturesItem:
            extensions_definition_features_item = _new_instance(cls)
            extensions_definition_features_item.name = d.get("name", UNSET)

            _options = d.get("options", UNSET)
            if _options is UNSET:
                extensions_definition_features_item.options = UNSET
            else:
                options = _new_instance(ExtensionsDefinitionFeaturesItemOptions)
                options.additional_properties = (
                    {**_options} if builtins.type(_options) is dict else dict(_options)
                )
                extensions_definition_features_item.options = options

            if (
                builtins.len(d)
                + (extensions_definition_features_item.name is UNSET)
                + (extensions_definition_features_item.options is UNSET)
                > 2
            ):
                extensions_definition_features_item.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                extensions_definition_features_item.additional_properties = {}
            return extensions_definition_features_item

        name = d.get("name", UNSET)

        _options = d.get("options", UNSET)
        options: ExtensionsDefinitionFeaturesItemOptions | Unset
        if _options is UNSET:
            options = UNSET
        else:
            options = ExtensionsDefinitionFeaturesItemOptions.from_dict(_options)

        extensions_definition_features_item = cls(
            name,
            options,
        )

        if builtins.len(d) + (name is UNSET) + (options is UNSET) > 2:
            extensions_definition_features_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
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
