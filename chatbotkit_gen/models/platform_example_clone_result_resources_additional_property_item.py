from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformExampleCloneResultResourcesAdditionalPropertyItem")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "description",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PlatformExampleCloneResultResourcesAdditionalPropertyItem:
    """
    Attributes:
        id (str):
        name (str | Unset):
        description (str | Unset):
    """

    id: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PlatformExampleCloneResultResourcesAdditionalPropertyItem:
            platform_example_clone_result_resources_additional_property_item = _new_instance(cls)
            platform_example_clone_result_resources_additional_property_item.id = d.get("id", UNSET)

            platform_example_clone_result_resources_additional_property_item.name = d.get(
                "name", UNSET
            )

            platform_example_clone_result_resources_additional_property_item.description = d.get(
                "description", UNSET
            )

            if (
                builtins.len(d)
                + (platform_example_clone_result_resources_additional_property_item.id is UNSET)
                + (platform_example_clone_result_resources_additional_property_item.name is UNSET)
                + (
                    platform_example_clone_result_resources_additional_property_item.description
                    is UNSET
                )
                > 3
            ):
                platform_example_clone_result_resources_additional_property_item.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                platform_example_clone_result_resources_additional_property_item.additional_properties = {}
            return platform_example_clone_result_resources_additional_property_item

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        platform_example_clone_result_resources_additional_property_item = cls(
            id,
            name,
            description,
        )

        if builtins.len(d) + (id is UNSET) + (name is UNSET) + (description is UNSET) > 3:
            platform_example_clone_result_resources_additional_property_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return platform_example_clone_result_resources_additional_property_item

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
