from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dataset_file_attachment_type import DatasetFileAttachmentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetFileAttachRequest")


_KNOWN_KEYS = frozenset(
    {
        "type",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class DatasetFileAttachRequest:
    """
    Attributes:
        type_ (DatasetFileAttachmentType | Unset):
    """

    type_: DatasetFileAttachmentType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _type_ = d.get("type", UNSET)
        type_: DatasetFileAttachmentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            try:
                type_ = DatasetFileAttachmentType._value2member_map_[_type_]
            except (KeyError, TypeError):
                type_ = DatasetFileAttachmentType(_type_)

        dataset_file_attach_request = cls(
            type_,
        )

        if not _KNOWN_KEYS.issuperset(d):
            dataset_file_attach_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return dataset_file_attach_request

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
