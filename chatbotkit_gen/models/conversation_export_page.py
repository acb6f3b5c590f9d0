from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.conversation_export_item import ConversationExportItem

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, ConversationExportItem
    from ..models.conversation_export_item import ConversationExportItem  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="ConversationExportPage")


_KNOWN_KEYS = frozenset(
    {
        "items",
        "cursor",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ConversationExportPage:
    """
    Attributes:
        items (list[ConversationExportItem]):
        cursor (str):
    """

    items: list[ConversationExportItem]
    cursor: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.items, Unset):
            items = UNSET
        else:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if items is not UNSET:
            field_dict["items"] = items
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ConversationExportPage:
            conversation_export_page = _new_instance(cls)
            _items_raw = d.get("items", UNSET)
            if _items_raw is UNSET:
                conversation_export_page.items = UNSET
            else:
                _items = _items_raw
                _parse_items = ConversationExportItem.from_dict
                items = [_parse_items(item) for item in _items]

                conversation_export_page.items = items

            conversation_export_page.cursor = d.get("cursor", UNSET)

            if (
                builtins.len(d)
                + (conversation_export_page.items is UNSET)
                + (conversation_export_page.cursor is UNSET)
                > 2
            ):
                conversation_export_page.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                conversation_export_page.additional_properties = {}
            return conversation_export_page

        _items_raw = d.get("items", UNSET)
        if _items_raw is UNSET:
            items = UNSET
        else:
            _items = _items_raw
            _parse_items = ConversationExportItem.from_dict
            items = [_parse_items(item) for item in _items]

        cursor = d.get("cursor", UNSET)

        conversation_export_page = cls(
            items,
            cursor,
        )

        if builtins.len(d) + (items is UNSET) + (cursor is UNSET) > 2:
            conversation_export_page.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return conversation_export_page

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
