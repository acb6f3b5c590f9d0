from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.platform_example_clone_result_resources import (
        PlatformExampleCloneResultResources,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, PlatformExampleCloneResultResources
    from ..models.platform_example_clone_result_resources import (
        PlatformExampleCloneResultResources,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="PlatformExampleCloneResult")


_KNOWN_KEYS = frozenset(
    {
        "resources",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PlatformExampleCloneResult:
    """
    Attributes:
        resources (PlatformExampleCloneResultResources):
    """

    resources: PlatformExampleCloneResultResources
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.resources, Unset):
            resources = UNSET
        else:
            resources = self.resources.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PlatformExampleCloneResult:
            platform_example_clone_result = _new_instance(cls)
            _resources_raw = d.get("resources", UNSET)
            if _resources_raw is UNSET:
                platform_example_clone_result.resources = UNSET
            else:
                resources = PlatformExampleCloneResultResources.from_dict(_resources_raw)

                platform_example_clone_result.resources = resources

            if builtins.len(d) + (platform_example_clone_result.resources is UNSET) > 1:
                platform_example_clone_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                platform_example_clone_result.additional_properties = {}
            return platform_example_clone_result

        _resources_raw = d.get("resources", UNSET)
        if _resources_raw is UNSET:
            resources = UNSET
        else:
            resources = PlatformExampleCloneResultResources.from_dict(_resources_raw)

        platform_example_clone_result = cls(
            resources,
        )

        if builtins.len(d) + (resources is UNSET) > 1:
            platform_example_clone_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return platform_example_clone_result

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
