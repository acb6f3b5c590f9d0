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
    from ..models.extensions_definition_datasets_item_records_item import (
        ExtensionsDefinitionDatasetsItemRecordsItem,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, ExtensionsDefinitionDatasetsItemRecordsItem
    from ..models.extensions_definition_datasets_item_records_item import (
        ExtensionsDefinitionDatasetsItemRecordsItem,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="ExtensionsDefinitionDatasetsItem")


_KNOWN_KEYS = frozenset(
    {
        "records",
        "name",
        "description",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ExtensionsDefinitionDatasetsItem:
    """
    Attributes:
        records (list[ExtensionsDefinitionDatasetsItemRecordsItem]):
        name (str | Unset):
        description (str | Unset):
    """

    records: list[ExtensionsDefinitionDatasetsItemRecordsItem]
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.records, Unset):
            records = UNSET
        else:
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if records is not UNSET:
            field_dict["records"] = records
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ExtensionsDefinitionDatasetsItem:
            extensions_definition_datasets_item = _new_instance(cls)
            _records_raw = d.get("records", UNSET)
            if _records_raw is UNSET:
                extensions_definition_datasets_item.records = UNSET
            else:
                _records = _records_raw
                _parse_records = ExtensionsDefinitionDatasetsItemRecordsItem.from_dict
                records = [_parse_records(item) for item in _records]

                extensions_definition_datasets_item.records = records

            extensions_definition_datasets_item.name = d.get("name", UNSET)

            extensions_definition_datasets_item.description = d.get("description", UNSET)

            if (
                builtins.len(d)
                + (extensions_definition_datasets_item.records is UNSET)
                + (extensions_definition_datasets_item.name is UNSET)
                + (extensions_definition_datasets_item.description is UNSET)
                > 3
            ):
                extensions_definition_datasets_item.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                extensions_definition_datasets_item.additional_properties = {}
            return extensions_definition_datasets_item

        _records_raw = d.get("records", UNSET)
        if _records_raw is UNSET:
            records = UNSET
        else:
            _records = _records_raw
            _parse_records = ExtensionsDefinitionDatasetsItemRecordsItem.from_dict
            records = [_parse_records(item) for item in _records]

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        extensions_definition_datasets_item = cls(
            records,
            name,
            description,
        )

        if builtins.len(d) + (records is UNSET) + (name is UNSET) + (description is UNSET) > 3:
            extensions_definition_datasets_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return extensions_definition_datasets_item

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
