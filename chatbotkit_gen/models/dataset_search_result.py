from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.dataset_search_result_records_item import DatasetSearchResultRecordsItem

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, DatasetSearchResultRecordsItem
    from ..models.dataset_search_result_records_item import (
        DatasetSearchResultRecordsItem,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="DatasetSearchResult")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "records",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class DatasetSearchResult:
    """
    Attributes:
        id (str):
        records (list[DatasetSearchResultRecordsItem]):
    """

    id: str
    records: list[DatasetSearchResultRecordsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.records, Unset):
            records = UNSET
        else:
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is DatasetSearchResult:
            dataset_search_result = _new_instance(cls)
            dataset_search_result.id = d.get("id", UNSET)

            _records_raw = d.get("records", UNSET)
            if _records_raw is UNSET:
                dataset_search_result.records = UNSET
            else:
                _records = _records_raw
                _parse_records = DatasetSearchResultRecordsItem.from_dict
                records = [_parse_records(item) for item in _records]

                dataset_search_result.records = records

            if (
                builtins.len(d)
                + (dataset_search_result.id is UNSET)
                + (dataset_search_result.records is UNSET)
                > 2
            ):
                dataset_search_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                dataset_search_result.additional_properties = {}
            return dataset_search_result

        id = d.get("id", UNSET)

        _records_raw = d.get("records", UNSET)
        if _records_raw is UNSET:
            records = UNSET
        else:
            _records = _records_raw
            _parse_records = DatasetSearchResultRecordsItem.from_dict
            records = [_parse_records(item) for item in _records]

        dataset_search_result = cls(
            id,
            records,
        )

        if builtins.len(d) + (id is UNSET) + (records is UNSET) > 2:
            dataset_search_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return dataset_search_result

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
