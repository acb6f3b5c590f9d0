from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_filter import DatasetFilter

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, DatasetFilter
    from ..models.dataset_filter import DatasetFilter  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="DatasetSearchRequest")


_KNOWN_KEYS = frozenset(
    {
        "search",
        "filter",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class DatasetSearchRequest:
    """
    Attributes:
        search (str):
        filter_ (DatasetFilter | Unset):
    """

    search: str
    filter_: DatasetFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.search, Unset):
            search = UNSET
        else:
            search = self.search

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if search is not UNSET:
            field_dict["search"] = search
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is DatasetSearchRequest:
            dataset_search_request = _new_instance(cls)
            dataset_search_request.search = d.get("search", UNSET)

            _filter_ = d.get("filter", UNSET)
            filter_: DatasetFilter | Unset
            if _filter_ is UNSET:
                filter_ = UNSET
            else:
                filter_ = DatasetFilter.from_dict(_filter_)

            dataset_search_request.filter_ = filter_

            if (
                builtins.len(d)
                + (dataset_search_request.search is UNSET)
                + (dataset_search_request.filter_ is UNSET)
                > 2
            ):
                dataset_search_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                dataset_search_request.additional_properties = {}
            return dataset_search_request

        search = d.get("search", UNSET)

        _filter_ = d.get("filter", UNSET)
        filter_: DatasetFilter | Unset
        if _filter_ is UNSET:
            filter_ = UNSET
        else:
            filter_ = DatasetFilter.from_dict(_filter_)

        dataset_search_request = cls(
            search,
            filter_,
        )

        if builtins.len(d) + (search is UNSET) + (filter_ is UNSET) > 2:
            dataset_search_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return dataset_search_request

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
