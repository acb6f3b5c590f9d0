from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from typing import cast

T = TypeVar("T", bound="DatasetFilterValueOption5")


@_attrs_define
class DatasetFilterValueOption5:
    """
    Attributes:
        ne (bool | float | str):
    """

    ne: bool | float | str

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.ne, Unset):
            ne = UNSET
        else:
            ne: bool | float | str
            ne = self.ne

        field_dict: dict[str, Any] = {}

        if ne is not UNSET:
            field_dict["$ne"] = ne

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is DatasetFilterValueOption5:
            dataset_filter_value_option_5 = _new_instance(cls)
            _ne_raw = d.get("$ne", UNSET)
            if _ne_raw is UNSET:
                dataset_filter_value_option_5.ne = UNSET
            else:

                def _parse_ne(data: object) -> bool | float | str:
                    return cast(bool | float | str, data)

                ne = _parse_ne(_ne_raw)

                dataset_filter_value_option_5.ne = ne

            return dataset_filter_value_option_5

        _ne_raw = d.get("$ne", UNSET)
        if _ne_raw is UNSET:
            ne = UNSET
        else:

            def _parse_ne(data: object) -> bool | float | str:
                return cast(bool | float | str, data)

            ne = _parse_ne(_ne_raw)

        dataset_filter_value_option_5 = cls(
            ne,
        )

        return dataset_filter_value_option_5
