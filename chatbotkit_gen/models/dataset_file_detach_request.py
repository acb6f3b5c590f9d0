from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetFileDetachRequest")


_KNOWN_KEYS = frozenset(
    {
        "deleteRecords",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class DatasetFileDetachRequest:
    """
    Attributes:
        delete_records (bool | Unset):
    """

    delete_records: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        delete_records = self.delete_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if delete_records is not UNSET:
            field_dict["deleteRecords"] = delete_records

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is DatasetFileDetachRequest:
            dataset_file_detach_request = _new_instance(cls)
            dataset_file_detach_request.delete_records = d.get("deleteRecords", UNSET)

            if builtins.len(d) + (dataset_file_detach_request.delete_records is UNSET) > 1:
                dataset_file_detach_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                dataset_file_detach_request.additional_properties = {}
            return dataset_file_detach_request

        delete_records = d.get("deleteRecords", UNSET)

        dataset_file_detach_request = cls(
            delete_records,
        )

        if builtins.len(d) + (delete_records is UNSET) > 1:
            dataset_file_detach_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return dataset_file_detach_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
