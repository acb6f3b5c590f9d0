from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.blueprint_resource_export_page_resources import (
        BlueprintResourceExportPageResources,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, BlueprintResourceExportPageResources
    from ..models.blueprint_resource_export_page_resources import (
        BlueprintResourceExportPageResources,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="BlueprintResourceExportPage")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "resources",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class BlueprintResourceExportPage:
    """
    Attributes:
        id (str):
        resources (BlueprintResourceExportPageResources):
    """

    id: str
    resources: BlueprintResourceExportPageResources
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.resources, Unset):
            resources = UNSET
        else:
            resources = self.resources.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is BlueprintResourceExportPage:
            blueprint_resource_export_page = _new_instance(cls)
            blueprint_resource_export_page.id = d.get("id", UNSET)

            _resources = d.get("resources", UNSET)
            if _resources is UNSET:
                blueprint_resource_export_page.resources = UNSET
            else:
                resources = _new_instance(BlueprintResourceExportPageResources)
                resources.additional_properties = (
                    {**_resources} if builtins.type(_resources) is dict else dict(_resources)
                )
                blueprint_resource_export_page.resources = resources

            if (
                builtins.len(d)
                + (blueprint_resource_export_page.id is UNSET)
                + (blueprint_resource_export_page.resources is UNSET)
                > 2
            ):
                blueprint_resource_export_page.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                blueprint_resource_export_page.additional_properties = {}
            return blueprint_resource_export_page

        id = d.get("id", UNSET)

        _resources_raw = d.get("resources", UNSET)
        if _resources_raw is UNSET:
            resources = UNSET
        else:
            resources = BlueprintResourceExportPageResources.from_dict(_resources_raw)

        blueprint_resource_export_page = cls(
            id,
            resources,
        )

        if builtins.len(d) + (id is UNSET) + (resources is UNSET) > 2:
            blueprint_resource_export_page.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return blueprint_resource_export_page

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
