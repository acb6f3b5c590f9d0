from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlatformManualSearchRequest")


_KNOWN_KEYS = frozenset(
    {
        "search",
        "take",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PlatformManualSearchRequest:
    """
    Attributes:
        search (str):
        take (int | Unset):  Default: 10.
    """

    search: str
    take: int | Unset = 10
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.search, Unset):
            search = UNSET
        else:
            search = self.search

        take = self.take

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if search is not UNSET:
            field_dict["search"] = search
        if take is not UNSET:
            field_dict["take"] = take

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PlatformManualSearchRequest:
            platform_manual_search_request = _new_instance(cls)
            platform_manual_search_request.search = d.get("search", UNSET)

            platform_manual_search_request.take = d.get("take", UNSET)

            if (
                builtins.len(d)
                + (platform_manual_search_request.search is UNSET)
                + (platform_manual_search_request.take is UNSET)
                > 2
            ):
                platform_manual_search_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                platform_manual_search_request.additional_properties = {}
            return platform_manual_search_request

        search = d.get("search", UNSET)

        take = d.get("take", UNSET)

        platform_manual_search_request = cls(
            search,
            take,
        )

        if builtins.len(d) + (search is UNSET) + (take is UNSET) > 2:
            platform_manual_search_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return platform_manual_search_request

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
