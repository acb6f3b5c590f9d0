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
    from ..models.memory_search_result_items_item_meta import (
        MemorySearchResultItemsItemMeta,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, MemorySearchResultItemsItemMeta
    from ..models.memory_search_result_items_item_meta import (
        MemorySearchResultItemsItemMeta,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="MemorySearchResultItemsItem")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "text",
        "meta",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class MemorySearchResultItemsItem:
    """
    Attributes:
        id (str):
        text (str):
        meta (MemorySearchResultItemsItemMeta | Unset):
    """

    id: str
    text: str
    meta: MemorySearchResultItemsItemMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
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
        if cls is MemorySearchResultItemsItem:
            memory_search_result_items_item = _new_instance(cls)
            memory_search_result_items_item.id = d.get("id", UNSET)

            memory_search_result_items_item.text = d.get("text", UNSET)

            _meta = d.get("meta", UNSET)
            if _meta is UNSET:
                memory_search_result_items_item.meta = UNSET
            else:
                meta = _new_instance(MemorySearchResultItemsItemMeta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                memory_search_result_items_item.meta = meta

            if (
                builtins.len(d)
                + (memory_search_result_items_item.id is UNSET)
                + (memory_search_result_items_item.text is UNSET)
                + (memory_search_result_items_item.meta is UNSET)
                > 3
            ):
                memory_search_result_items_item.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                memory_search_result_items_item.additional_properties = {}
            return memory_search_result_items_item

        id = d.get("id", UNSET)

        text = d.get("text", UNSET)

        _meta = d.get("meta", UNSET)
        meta: MemorySearchResultItemsItemMeta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = MemorySearchResultItemsItemMeta.from_dict(_meta)

        memory_search_result_items_item = cls(
            id,
            text,
            meta,
        )

        if builtins.len(d) + (id is UNSET) + (text is UNSET) + (meta is UNSET) > 3:
            memory_search_result_items_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return memory_search_result_items_item

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
