from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.generate_platform_reports_request_additional_property import (
        GeneratePlatformReportsRequestAdditionalProperty,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, GeneratePlatformReportsRequestAdditionalProperty
    from ..models.generate_platform_reports_request_additional_property import (
        GeneratePlatformReportsRequestAdditionalProperty,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="GeneratePlatformReportsRequest")


_KNOWN_KEYS = frozenset({})
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class GeneratePlatformReportsRequest:
    additional_properties: dict[str, GeneratePlatformReportsRequestAdditionalProperty] = (
        _attrs_field(init=False, factory=dict)
    )

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is GeneratePlatformReportsRequest:
            generate_platform_reports_request = _new_instance(cls)
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                additional_property = GeneratePlatformReportsRequestAdditionalProperty.from_dict(
                    prop_dict
                )

                additional_properties[prop_name] = additional_property
            generate_platform_reports_request.additional_properties = additional_properties

            return generate_platform_reports_request

        generate_platform_reports_request = cls()

        if d:
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                if prop_name in _KNOWN_KEYS:
                    continue
                additional_property = GeneratePlatformReportsRequestAdditionalProperty.from_dict(
                    prop_dict
                )

                additional_properties[prop_name] = additional_property
            generate_platform_reports_request.additional_properties = additional_properties

        return generate_platform_reports_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> GeneratePlatformReportsRequestAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: GeneratePlatformReportsRequestAdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
