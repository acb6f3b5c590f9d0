from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DatasetFilterValueOption4")


@_attrs_define
class DatasetFilterValueOption4:
    """
    Attributes:
        eq (bool | float | str):
    """

    eq: bool | float | str

    def to_dict(self) -> dict[str, Any]:
        eq: bool | float | str
        eq = self.eq

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "$eq": eq,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_eq(data: object) -> bool | float | str:
            return cast(bool | float | str, data)

        eq = _parse_eq(d.pop("$eq"))

        dataset_filter_value_option_4 = cls(
            eq=eq,
        )

        return dataset_filter_value_option_4
