from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationSessionCreateRequest")


_KNOWN_KEYS = frozenset(
    {
        "durationInSeconds",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ConversationSessionCreateRequest:
    """
    Attributes:
        duration_in_seconds (float | Unset):
    """

    duration_in_seconds: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        duration_in_seconds = self.duration_in_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if duration_in_seconds is not UNSET:
            field_dict["durationInSeconds"] = duration_in_seconds

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ConversationSessionCreateRequest:
            conversation_session_create_request = _new_instance(cls)
            conversation_session_create_request.duration_in_seconds = d.get(
                "durationInSeconds", UNSET
            )

            if (
                builtins.len(d) + (conversation_session_create_request.duration_in_seconds is UNSET)
                > 1
            ):
                conversation_session_create_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                conversation_session_create_request.additional_properties = {}
            return conversation_session_create_request

        duration_in_seconds = d.get("durationInSeconds", UNSET)

        conversation_session_create_request = cls(
            duration_in_seconds,
        )

        if builtins.len(d) + (duration_in_seconds is UNSET) > 1:
            conversation_session_create_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return conversation_session_create_request

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
