from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetRecord")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "text",
        "source",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class DatasetRecord:
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

    __repr__ = set_fields_repr

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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is DatasetRecord:
            dataset_record = _new_instance(cls)
            dataset_record.id = d.pop("id", UNSET)

            dataset_record.created_at = d.pop("createdAt", UNSET)

            dataset_record.updated_at = d.pop("updatedAt", UNSET)

            dataset_record.text = d.pop("text", UNSET)

            dataset_record.source = d.pop("source", UNSET)

            dataset_record.additional_properties = {**d} if d else {}
            return dataset_record

        id = d.get("id", UNSET)

        created_at = d.get("createdAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        text = d.get("text", UNSET)

        source = d.get("source", UNSET)

        dataset_record = cls(
            id,
            created_at,
            updated_at,
            text,
            source,
        )

        if not _KNOWN_KEYS.issuperset(d):
            dataset_record.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return dataset_record

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
