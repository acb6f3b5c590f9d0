from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="ConversationSessionCreateResult")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "token",
        "expiresAt",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ConversationSessionCreateResult:
    """
    Attributes:
        id (str):
        token (str):
        expires_at (float):
    """

    id: str
    token: str
    expires_at: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if token is not UNSET:
            field_dict["token"] = token
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ConversationSessionCreateResult:
            conversation_session_create_result = _new_instance(cls)
            conversation_session_create_result.id = d.get("id", UNSET)

            conversation_session_create_result.token = d.get("token", UNSET)

            conversation_session_create_result.expires_at = d.get("expiresAt", UNSET)

            if (
                builtins.len(d)
                + (conversation_session_create_result.id is UNSET)
                + (conversation_session_create_result.token is UNSET)
                + (conversation_session_create_result.expires_at is UNSET)
                > 3
            ):
                conversation_session_create_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                conversation_session_create_result.additional_properties = {}
            return conversation_session_create_result

        id = d.get("id", UNSET)

        token = d.get("token", UNSET)

        expires_at = d.get("expiresAt", UNSET)

        conversation_session_create_result = cls(
            id,
            token,
            expires_at,
        )

        if builtins.len(d) + (id is UNSET) + (token is UNSET) + (expires_at is UNSET) > 3:
            conversation_session_create_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return conversation_session_create_result

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
