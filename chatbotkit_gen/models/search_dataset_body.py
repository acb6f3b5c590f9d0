from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_filter import DatasetFilter


T = TypeVar("T", bound="SearchDatasetBody")


@_attrs_define
class SearchDatasetBody:
    """
    Attributes:
        search (str):
        filter_ (DatasetFilter | Unset):
    """

    search: str
    filter_: DatasetFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_filter import DatasetFilter  # noqa: PLC0415

        d = dict(src_dict)
        _search_raw = d.pop("search", UNSET)
        if isinstance(_search_raw, Unset):
            search = UNSET
        else:
            search = _search_raw

        _filter_ = d.pop("filter", UNSET)
        filter_: DatasetFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = DatasetFilter.from_dict(_filter_)

        search_dataset_body = cls(
            search=search,
            filter_=filter_,
        )

        search_dataset_body.additional_properties = d
        return search_dataset_body

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
