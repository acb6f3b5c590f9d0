from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.platform_example_clone_result_resources_additional_property_item import (
        PlatformExampleCloneResultResourcesAdditionalPropertyItem,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, PlatformExampleCloneResultResourcesAdditionalPropertyItem
    from ..models.platform_example_clone_result_resources_additional_property_item import (
        PlatformExampleCloneResultResourcesAdditionalPropertyItem,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="PlatformExampleCloneResultResources")


_KNOWN_KEYS = frozenset({})
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PlatformExampleCloneResultResources:
    additional_properties: dict[
        str, list[PlatformExampleCloneResultResourcesAdditionalPropertyItem]
    ] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PlatformExampleCloneResultResources:
            platform_example_clone_result_resources = _new_instance(cls)
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                _additional_property = prop_dict
                _parse_additional_property = (
                    PlatformExampleCloneResultResourcesAdditionalPropertyItem.from_dict
                )
                additional_property = [
                    _parse_additional_property(item) for item in _additional_property
                ]

                additional_properties[prop_name] = additional_property
            platform_example_clone_result_resources.additional_properties = additional_properties

            return platform_example_clone_result_resources

        platform_example_clone_result_resources = cls()

        if d:
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                if prop_name in _KNOWN_KEYS:
                    continue
                _additional_property = prop_dict
                _parse_additional_property = (
                    PlatformExampleCloneResultResourcesAdditionalPropertyItem.from_dict
                )
                additional_property = [
                    _parse_additional_property(item) for item in _additional_property
                ]

                additional_properties[prop_name] = additional_property
            platform_example_clone_result_resources.additional_properties = additional_properties

        return platform_example_clone_result_resources

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> list[PlatformExampleCloneResultResourcesAdditionalPropertyItem]:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: list[PlatformExampleCloneResultResourcesAdditionalPropertyItem]
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
