from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="DatasetFilterValueOption8")


@_attrs_define
class DatasetFilterValueOption8:
    """
    Attributes:
        lt (float):
    """

    lt: float

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.lt, Unset):
            lt = UNSET
        else:
            lt = self.lt

        field_dict: dict[str, Any] = {}

        if lt is not UNSET:
            field_dict["$lt"] = lt

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is DatasetFilterValueOption8:
            dataset_filter_value_option_8 = _new_instance(cls)
            dataset_filter_value_option_8.lt = d.get("$lt", UNSET)

            return dataset_filter_value_option_8

        lt = d.get("$lt", UNSET)

        dataset_filter_value_option_8 = cls(
            lt,
        )

        return dataset_filter_value_option_8
