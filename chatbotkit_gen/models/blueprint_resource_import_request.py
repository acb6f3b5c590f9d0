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
    from ..models.blueprint_resource_import_request_resources import (
        BlueprintResourceImportRequestResources,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, BlueprintResourceImportRequestResources
    from ..models.blueprint_resource_import_request_resources import (
        BlueprintResourceImportRequestResources,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="BlueprintResourceImportRequest")


_KNOWN_KEYS = frozenset(
    {
        "resources",
        "ensure",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class BlueprintResourceImportRequest:
    """
    Attributes:
        resources (BlueprintResourceImportRequestResources):
        ensure (bool | Unset):
    """

    resources: BlueprintResourceImportRequestResources
    ensure: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.resources, Unset):
            resources = UNSET
        else:
            resources = self.resources.to_dict()

        ensure = self.ensure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if resources is not UNSET:
            field_dict["resources"] = resources
        if ensure is not UNSET:
            field_dict["ensure"] = ensure

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is BlueprintResourceImportRequest:
            blueprint_resource_import_request = _new_instance(cls)
            _resources = d.get("resources", UNSET)
            if _resources is UNSET:
                blueprint_resource_import_request.resources = UNSET
            else:
                resources = _new_instance(BlueprintResourceImportRequestResources)
                resources.additional_properties = (
                    {**_resources} if builtins.type(_resources) is dict else dict(_resources)
                )
                blueprint_resource_import_request.resources = resources

            blueprint_resource_import_request.ensure = d.get("ensure", UNSET)

            if (
                builtins.len(d)
                + (blueprint_resource_import_request.resources is UNSET)
                + (blueprint_resource_import_request.ensure is UNSET)
                > 2
            ):
                blueprint_resource_import_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                blueprint_resource_import_request.additional_properties = {}
            return blueprint_resource_import_request

        _resources_raw = d.get("resources", UNSET)
        if _resources_raw is UNSET:
            resources = UNSET
        else:
            resources = BlueprintResourceImportRequestResources.from_dict(_resources_raw)

        ensure = d.get("ensure", UNSET)

        blueprint_resource_import_request = cls(
            resources,
            ensure,
        )

        if builtins.len(d) + (resources is UNSET) + (ensure is UNSET) > 2:
            blueprint_resource_import_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return blueprint_resource_import_request

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
