from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform_report_list_item_event_type import (
    PlatformReportListItemEventType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_report_list_item import PlatformReportListItem


T = TypeVar("T", bound="PlatformReportListItemEvent")


@_attrs_define
class PlatformReportListItemEvent:
    """
    Attributes:
        type_ (PlatformReportListItemEventType):
        data (PlatformReportListItem):
    """

    type_: PlatformReportListItemEventType
    data: PlatformReportListItem
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_.value

        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.platform_report_list_item import PlatformReportListItem  # noqa: PLC0415

        d = dict(src_dict)
        _type__raw = d.pop("type", UNSET)
        if isinstance(_type__raw, Unset):
            type_ = UNSET
        else:
            type_ = PlatformReportListItemEventType(_type__raw)

        _data_raw = d.pop("data", UNSET)
        if isinstance(_data_raw, Unset):
            data = UNSET
        else:
            data = PlatformReportListItem.from_dict(_data_raw)

        platform_report_list_item_event = cls(
            type_=type_,
            data=data,
        )

        platform_report_list_item_event.additional_properties = d
        return platform_report_list_item_event

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
