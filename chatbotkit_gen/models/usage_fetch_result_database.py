from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="UsageFetchResultDatabase")


_KNOWN_KEYS = frozenset(
    {
        "datasets",
        "records",
        "skillsets",
        "abilities",
        "files",
        "users",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class UsageFetchResultDatabase:
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

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.datasets, Unset):
            datasets = UNSET
        else:
            datasets = self.datasets

        if isinstance(self.records, Unset):
            records = UNSET
        else:
            records = self.records

        if isinstance(self.skillsets, Unset):
            skillsets = UNSET
        else:
            skillsets = self.skillsets

        if isinstance(self.abilities, Unset):
            abilities = UNSET
        else:
            abilities = self.abilities

        if isinstance(self.files, Unset):
            files = UNSET
        else:
            files = self.files

        if isinstance(self.users, Unset):
            users = UNSET
        else:
            users = self.users

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
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is UsageFetchResultDatabase:
            usage_fetch_result_database = _new_instance(cls)
            usage_fetch_result_database.datasets = d.pop("datasets", UNSET)

            usage_fetch_result_database.records = d.pop("records", UNSET)

            usage_fetch_result_database.skillsets = d.pop("skillsets", UNSET)

            usage_fetch_result_database.abilities = d.pop("abilities", UNSET)

            usage_fetch_result_database.files = d.pop("files", UNSET)

            usage_fetch_result_database.users = d.pop("users", UNSET)

            usage_fetch_result_database.additional_properties = {**d} if d else {}
            return usage_fetch_result_database

        datasets = d.get("datasets", UNSET)

        records = d.get("records", UNSET)

        skillsets = d.get("skillsets", UNSET)

        abilities = d.get("abilities", UNSET)

        files = d.get("files", UNSET)

        users = d.get("users", UNSET)

        usage_fetch_result_database = cls(
            datasets,
            records,
            skillsets,
            abilities,
            files,
            users,
        )

        if not _KNOWN_KEYS.issuperset(d):
            usage_fetch_result_database.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return usage_fetch_result_database

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
