from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LimitsDatabase")


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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        datasets = d.pop("datasets", UNSET)

        records = d.pop("records", UNSET)

        skillsets = d.pop("skillsets", UNSET)

        abilities = d.pop("abilities", UNSET)

        files = d.pop("files", UNSET)

        limits_database = cls(
            datasets=datasets,
            records=records,
            skillsets=skillsets,
            abilities=abilities,
            files=files,
        )

        limits_database.additional_properties = d
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
