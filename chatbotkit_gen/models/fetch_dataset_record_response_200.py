from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FetchDatasetRecordResponse200")


@_attrs_define
class FetchDatasetRecordResponse200:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        text (str):
        source (str | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    text: str
    source: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if text is not UNSET:
            field_dict["text"] = text
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id_raw = d.pop("id", UNSET)
        if isinstance(_id_raw, Unset):
            id = UNSET
        else:
            id = _id_raw

        _created_at_raw = d.pop("createdAt", UNSET)
        if isinstance(_created_at_raw, Unset):
            created_at = UNSET
        else:
            created_at = _created_at_raw

        _updated_at_raw = d.pop("updatedAt", UNSET)
        if isinstance(_updated_at_raw, Unset):
            updated_at = UNSET
        else:
            updated_at = _updated_at_raw

        _text_raw = d.pop("text", UNSET)
        if isinstance(_text_raw, Unset):
            text = UNSET
        else:
            text = _text_raw

        source = d.pop("source", UNSET)

        fetch_dataset_record_response_200 = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            text=text,
            source=source,
        )

        fetch_dataset_record_response_200.additional_properties = d
        return fetch_dataset_record_response_200

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
