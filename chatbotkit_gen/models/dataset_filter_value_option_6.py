from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DatasetFilterValueOption6")


@_attrs_define
class DatasetFilterValueOption6:
    """
    Attributes:
        gt (float):
    """

    gt: float

    def to_dict(self) -> dict[str, Any]:
        gt = self.gt

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "$gt": gt,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        gt = d.pop("$gt")

        dataset_filter_value_option_6 = cls(
            gt=gt,
        )

        return dataset_filter_value_option_6
