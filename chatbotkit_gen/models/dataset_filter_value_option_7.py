from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DatasetFilterValueOption7")


@_attrs_define
class DatasetFilterValueOption7:
    """
    Attributes:
        gte (float):
    """

    gte: float

    def to_dict(self) -> dict[str, Any]:
        gte = self.gte

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "$gte": gte,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gte = d.pop("$gte")

        dataset_filter_value_option_7 = cls(
            gte=gte,
        )

        return dataset_filter_value_option_7
