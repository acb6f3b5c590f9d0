from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DatasetFilterValueOption9")


@_attrs_define
class DatasetFilterValueOption9:
    """
    Attributes:
        lte (float):
    """

    lte: float

    def to_dict(self) -> dict[str, Any]:
        lte = self.lte

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "$lte": lte,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lte = d.pop("$lte")

        dataset_filter_value_option_9 = cls(
            lte=lte,
        )

        return dataset_filter_value_option_9
