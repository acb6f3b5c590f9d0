from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import set_fields_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.generate_platform_reports_result_value_option_1 import (
        GeneratePlatformReportsResultValueOption1,
    )
    from ..models.generate_platform_reports_result_value_option_2 import (
        GeneratePlatformReportsResultValueOption2,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global \
        _lazy_imports_done, \
        GeneratePlatformReportsResultValueOption1, \
        GeneratePlatformReportsResultValueOption2
    from ..models.generate_platform_reports_result_value_option_1 import (
        GeneratePlatformReportsResultValueOption1,  # noqa: PLC0415
    )
    from ..models.generate_platform_reports_result_value_option_2 import (
        GeneratePlatformReportsResultValueOption2,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="GeneratePlatformReportsResult")


_KNOWN_KEYS = frozenset({})
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class GeneratePlatformReportsResult:
    additional_properties: dict[
        str, GeneratePlatformReportsResultValueOption1 | GeneratePlatformReportsResultValueOption2
    ] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, GeneratePlatformReportsResultValueOption1):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is GeneratePlatformReportsResult:
            generate_platform_reports_result = _new_instance(cls)
            additional_properties = {}
            for prop_name, prop_dict in d.items():

                def _parse_additional_property(
                    data: object,
                ) -> (
                    GeneratePlatformReportsResultValueOption1
                    | GeneratePlatformReportsResultValueOption2
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_type_0 = (
                            GeneratePlatformReportsResultValueOption1.from_dict(data)
                        )

                        return additional_property_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = (
                        GeneratePlatformReportsResultValueOption2.from_dict(data)
                    )

                    return additional_property_type_1

                additional_property = _parse_additional_property(prop_dict)

                additional_properties[prop_name] = additional_property
            generate_platform_reports_result.additional_properties = additional_properties

            return generate_platform_reports_result

        generate_platform_reports_result = cls()

        if d:
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                if prop_name in _KNOWN_KEYS:
                    continue

                def _parse_additional_property(
                    data: object,
                ) -> (
                    GeneratePlatformReportsResultValueOption1
                    | GeneratePlatformReportsResultValueOption2
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_type_0 = (
                            GeneratePlatformReportsResultValueOption1.from_dict(data)
                        )

                        return additional_property_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = (
                        GeneratePlatformReportsResultValueOption2.from_dict(data)
                    )

                    return additional_property_type_1

                additional_property = _parse_additional_property(prop_dict)

                additional_properties[prop_name] = additional_property
            generate_platform_reports_result.additional_properties = additional_properties

        return generate_platform_reports_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> GeneratePlatformReportsResultValueOption1 | GeneratePlatformReportsResultValueOption2:
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: GeneratePlatformReportsResultValueOption1
        | GeneratePlatformReportsResultValueOption2,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
