from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="DatasetFilterValueOption6")


@_attrs_define
class DatasetFilterValueOption6:
    """
    Attributes:
        gt (float):
    """

    gt: float

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.gt, Unset):
            gt = UNSET
        else:
            gt = self.gt

        field_dict: dict[str, Any] = {}

        if gt is not UNSET:
            field_dict["$gt"] = gt

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is DatasetFilterValueOption6:
            dataset_filter_value_option_6 = _new_instance(cls)
            dataset_filter_value_option_6.gt = d.get("$gt", UNSET)

            return dataset_filter_value_option_6

        gt = d.get("$gt", UNSET)

        dataset_filter_value_option_6 = cls(
            gt,
        )

        return dataset_filter_value_option_6
