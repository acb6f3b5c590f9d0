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
    from ..models.extensions_definition_datasets_item_records_item_meta import (
        ExtensionsDefinitionDatasetsItemRecordsItemMeta,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, ExtensionsDefinitionDatasetsItemRecordsItemMeta
    from ..models.extensions_definition_datasets_item_records_item_meta import (
        ExtensionsDefinitionDatasetsItemRecordsItemMeta,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="ExtensionsDefinitionDatasetsItemRecordsItem")


_KNOWN_KEYS = frozenset(
    {
        "text",
        "meta",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ExtensionsDefinitionDatasetsItemRecordsItem:
    """
    Attributes:
        text (str):
        meta (ExtensionsDefinitionDatasetsItemRecordsItemMeta | Unset):
    """

    text: str
    meta: ExtensionsDefinitionDatasetsItemRecordsItemMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not UNSET:
            field_dict["text"] = text
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ExtensionsDefinitionDatasetsItemRecordsItem:
            extensions_definition_datasets_item_records_item = _new_instance(cls)
            extensions_definition_datasets_item_records_item.text = d.get("text", UNSET)

            _meta = d.get("meta", UNSET)
            if _meta is UNSET:
                extensions_definition_datasets_item_records_item.meta = UNSET
            else:
                meta = _new_instance(ExtensionsDefinitionDatasetsItemRecordsItemMeta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                extensions_definition_datasets_item_records_item.meta = meta

            if (
                builtins.len(d)
                + (extensions_definition_datasets_item_records_item.text is UNSET)
                + (extensions_definition_datasets_item_records_item.meta is UNSET)
                > 2
            ):
                extensions_definition_datasets_item_records_item.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                extensions_definition_datasets_item_records_item.additional_properties = {}
            return extensions_definition_datasets_item_records_item

        text = d.get("text", UNSET)

        _meta = d.get("meta", UNSET)
        meta: ExtensionsDefinitionDatasetsItemRecordsItemMeta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = ExtensionsDefinitionDatasetsItemRecordsItemMeta.from_dict(_meta)

        extensions_definition_datasets_item_records_item = cls(
            text,
            meta,
        )

        if builtins.len(d) + (text is UNSET) + (meta is UNSET) > 2:
            extensions_definition_datasets_item_records_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return extensions_definition_datasets_item_records_item

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
