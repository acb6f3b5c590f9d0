from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="DatasetFilterValueOption7")


@_attrs_define
class DatasetFilterValueOption7:
    """
    Attributes:
        gte (float):
    """

    gte: float

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.gte, Unset):
            gte = UNSET
        else:
            gte = self.gte

        field_dict: dict[str, Any] = {}

        if gte is not UNSET:
            field_dict["$gte"] = gte

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is DatasetFilterValueOption7:
            dataset_filter_value_option_7 = _new_instance(cls)
            dataset_filter_value_option_7.gte = d.get("$gte", UNSET)

            return dataset_filter_value_option_7

        gte = d.get("$gte", UNSET)

        dataset_filter_value_option_7 = cls(
            gte,
        )

        return dataset_filter_value_option_7
