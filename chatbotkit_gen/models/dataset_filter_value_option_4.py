from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="DatasetFilterValueOption4")


@_attrs_define
class DatasetFilterValueOption4:
    """
    Attributes:
        eq (bool | float | str):
    """

    eq: bool | float | str

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.eq, Unset):
            eq = UNSET
        else:
            eq: bool | float | str
            eq = self.eq

        field_dict: dict[str, Any] = {}

        if eq is not UNSET:
            field_dict["$eq"] = eq

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is DatasetFilterValueOption4:
            dataset_filter_value_option_4 = _new_instance(cls)
            _eq_raw = d.get("$eq", UNSET)
            if _eq_raw is UNSET:
                dataset_filter_value_option_4.eq = UNSET
            else:

                def _parse_eq(data: object) -> bool | float | str:
                    return cast(bool | float | str, data)

                eq = _parse_eq(_eq_raw)

                dataset_filter_value_option_4.eq = eq

            return dataset_filter_value_option_4

        _eq_raw = d.get("$eq", UNSET)
        if _eq_raw is UNSET:
            eq = UNSET
        else:

            def _parse_eq(data: object) -> bool | float | str:
                return cast(bool | float | str, data)

            eq = _parse_eq(_eq_raw)

        dataset_filter_value_option_4 = cls(
            eq,
        )

        return dataset_filter_value_option_4
