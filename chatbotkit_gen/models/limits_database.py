from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="LimitsDatabase")


_KNOWN_KEYS = frozenset(
    {
        "datasets",
        "records",
        "skillsets",
        "abilities",
        "files",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class LimitsDatabase:
    """
    Attributes:
        datasets (float | Unset):
        records (float | Unset):
        skillsets (float | Unset):
        abilities (float | Unset):
        files (float | Unset):
    """

    datasets: float | Unset = UNSET
    records: float | Unset = UNSET
    skillsets: float | Unset = UNSET
    abilities: float | Unset = UNSET
    files: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        datasets = self.datasets

        records = self.records

        skillsets = self.skillsets

        abilities = self.abilities

        files = self.files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if datasets is not UNSET:
            field_dict["datasets"] = datasets
        if records is not UNSET:
            field_dict["records"] = records
        if skillsets is not UNSET:
            field_dict["skillsets"] = skillsets
        if abilities is not UNSET:
            field_dict["abilities"] = abilities
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is LimitsDatabase:
            limits_database = _new_instance(cls)
            limits_database.datasets = d.pop("datasets", UNSET)

            limits_database.records = d.pop("records", UNSET)

            limits_database.skillsets = d.pop("skillsets", UNSET)

            limits_database.abilities = d.pop("abilities", UNSET)

            limits_database.files = d.pop("files", UNSET)

            limits_database.additional_properties = {**d} if d else {}
            return limits_database

        datasets = d.get("datasets", UNSET)

        records = d.get("records", UNSET)

        skillsets = d.get("skillsets", UNSET)

        abilities = d.get("abilities", UNSET)

        files = d.get("files", UNSET)

        limits_database = cls(
            datasets,
            records,
            skillsets,
            abilities,
            files,
        )

        if not _KNOWN_KEYS.issuperset(d):
            limits_database.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return limits_database

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
