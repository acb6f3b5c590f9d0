from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.generate_platform_reports_response_200_value_option_1 import (
        GeneratePlatformReportsResponse200ValueOption1,
    )
    from ..models.generate_platform_reports_response_200_value_option_2 import (
        GeneratePlatformReportsResponse200ValueOption2,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global \
        _lazy_imports_done, \
        GeneratePlatformReportsResponse200ValueOption1, \
        GeneratePlatformReportsResponse200ValueOption2
    from ..models.generate_platform_reports_response_200_value_option_1 import (
        GeneratePlatformReportsResponse200ValueOption1,  # noqa: PLC0415
    )
    from ..models.generate_platform_reports_response_200_value_option_2 import (
        GeneratePlatformReportsResponse200ValueOption2,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="GeneratePlatformReportsResponse200")


_KNOWN_KEYS = frozenset({})
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class GeneratePlatformReportsResponse200:
    additional_properties: dict[
        str,
        GeneratePlatformReportsResponse200ValueOption1
        | GeneratePlatformReportsResponse200ValueOption2,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, GeneratePlatformReportsResponse200ValueOption1):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        generate_platform_reports_response_200 = cls()

        if not _KNOWN_KEYS.issuperset(d):
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                if prop_name in _KNOWN_KEYS:
                    continue

                def _parse_additional_property(
                    data: object,
                ) -> (
                    GeneratePlatformReportsResponse200ValueOption1
                    | GeneratePlatformReportsResponse200ValueOption2
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        additional_property_type_0 = (
                            GeneratePlatformReportsResponse200ValueOption1.from_dict(data)
                        )

                        return additional_property_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = (
                        GeneratePlatformReportsResponse200ValueOption2.from_dict(data)
                    )

                    return additional_property_type_1

                additional_property = _parse_additional_property(prop_dict)

                additional_properties[prop_name] = additional_property
            generate_platform_reports_response_200.additional_properties = additional_properties
        return generate_platform_reports_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        GeneratePlatformReportsResponse200ValueOption1
        | GeneratePlatformReportsResponse200ValueOption2
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: GeneratePlatformReportsResponse200ValueOption1
        | GeneratePlatformReportsResponse200ValueOption2,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
