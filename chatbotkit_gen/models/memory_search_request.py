from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemorySearchRequest")


_KNOWN_KEYS = frozenset(
    {
        "search",
        "contactId",
        "botId",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class MemorySearchRequest:
    """
    Attributes:
        search (str):
        contact_id (str | Unset):
        bot_id (str | Unset):
    """

    search: str
    contact_id: str | Unset = UNSET
    bot_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.search, Unset):
            search = UNSET
        else:
            search = self.search

        contact_id = self.contact_id

        bot_id = self.bot_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if search is not UNSET:
            field_dict["search"] = search
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is MemorySearchRequest:
            memory_search_request = _new_instance(cls)
            memory_search_request.search = d.get("search", UNSET)

            memory_search_request.contact_id = d.get("contactId", UNSET)

            memory_search_request.bot_id = d.get("botId", UNSET)

            if (
                builtins.len(d)
                + (memory_search_request.search is UNSET)
                + (memory_search_request.contact_id is UNSET)
                + (memory_search_request.bot_id is UNSET)
                > 3
            ):
                memory_search_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                memory_search_request.additional_properties = {}
            return memory_search_request

        search = d.get("search", UNSET)

        contact_id = d.get("contactId", UNSET)

        bot_id = d.get("botId", UNSET)

        memory_search_request = cls(
            search,
            contact_id,
            bot_id,
        )

        if builtins.len(d) + (search is UNSET) + (contact_id is UNSET) + (bot_id is UNSET) > 3:
            memory_search_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return memory_search_request

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
