from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FetchUsageResponse200Database")


@_attrs_define
class FetchUsageResponse200Database:
    """
    Attributes:
        datasets (float):
        records (float):
        skillsets (float):
        abilities (float):
        files (float):
        users (float):
    """

    datasets: float
    records: float
    skillsets: float
    abilities: float
    files: float
    users: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        datasets = self.datasets

        records = self.records

        skillsets = self.skillsets

        abilities = self.abilities

        files = self.files

        users = self.users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "datasets": datasets,
                "records": records,
                "skillsets": skillsets,
                "abilities": abilities,
                "files": files,
                "users": users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        datasets = d.pop("datasets")

        records = d.pop("records")

        skillsets = d.pop("skillsets")

        abilities = d.pop("abilities")

        files = d.pop("files")

        users = d.pop("users")

        fetch_usage_response_200_database = cls(
            datasets=datasets,
            records=records,
            skillsets=skillsets,
            abilities=abilities,
            files=files,
            users=users,
        )

        fetch_usage_response_200_database.additional_properties = d
        return fetch_usage_response_200_database

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
