from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="DatasetFilterValueOption9")


@_attrs_define
class DatasetFilterValueOption9:
    """
    Attributes:
        lte (float):
    """

    lte: float

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.lte, Unset):
            lte = UNSET
        else:
            lte = self.lte

        field_dict: dict[str, Any] = {}

        if lte is not UNSET:
            field_dict["$lte"] = lte

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is DatasetFilterValueOption9:
            dataset_filter_value_option_9 = _new_instance(cls)
            dataset_filter_value_option_9.lte = d.get("$lte", UNSET)

            return dataset_filter_value_option_9

        lte = d.get("$lte", UNSET)

        dataset_filter_value_option_9 = cls(
            lte,
        )

        return dataset_filter_value_option_9
