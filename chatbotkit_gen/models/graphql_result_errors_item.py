from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="GraphqlResultErrorsItem")


_KNOWN_KEYS = frozenset(
    {
        "message",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class GraphqlResultErrorsItem:
    """
    Attributes:
        message (str | Unset):
    """

    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is GraphqlResultErrorsItem:
            graphql_result_errors_item = _new_instance(cls)
            graphql_result_errors_item.message = d.get("message", UNSET)

            if builtins.len(d) + (graphql_result_errors_item.message is UNSET) > 1:
                graphql_result_errors_item.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                graphql_result_errors_item.additional_properties = {}
            return graphql_result_errors_item

        message = d.get("message", UNSET)

        graphql_result_errors_item = cls(
            message,
        )

        if builtins.len(d) + (message is UNSET) > 1:
            graphql_result_errors_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return graphql_result_errors_item

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
