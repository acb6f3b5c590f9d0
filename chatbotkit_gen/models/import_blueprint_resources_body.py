from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_blueprint_resources_body_resources import (
        ImportBlueprintResourcesBodyResources,
    )


T = TypeVar("T", bound="ImportBlueprintResourcesBody")


@_attrs_define
class ImportBlueprintResourcesBody:
    """
    Attributes:
        resources (ImportBlueprintResourcesBodyResources):
        ensure (bool | Unset):
    """

    resources: ImportBlueprintResourcesBodyResources
    ensure: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_blueprint_resources_body_resources import (
            ImportBlueprintResourcesBodyResources,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _resources_raw = d.pop("resources", UNSET)
        if isinstance(_resources_raw, Unset):
            resources = UNSET
        else:
            resources = ImportBlueprintResourcesBodyResources.from_dict(_resources_raw)

        ensure = d.pop("ensure", UNSET)

        import_blueprint_resources_body = cls(
            resources=resources,
            ensure=ensure,
        )

        import_blueprint_resources_body.additional_properties = d
        return import_blueprint_resources_body

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
