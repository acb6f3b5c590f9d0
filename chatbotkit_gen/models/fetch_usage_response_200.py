from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_usage_response_200_database import FetchUsageResponse200Database


T = TypeVar("T", bound="FetchUsageResponse200")


@_attrs_define
class FetchUsageResponse200:
    """
    Attributes:
        tokens (float):
        conversations (float):
        messages (float):
        database (FetchUsageResponse200Database):
    """

    tokens: float
    conversations: float
    messages: float
    database: FetchUsageResponse200Database
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.tokens, Unset):
            tokens = UNSET
        else:
            tokens = self.tokens

        if isinstance(self.conversations, Unset):
            conversations = UNSET
        else:
            conversations = self.conversations

        if isinstance(self.messages, Unset):
            messages = UNSET
        else:
            messages = self.messages

        if isinstance(self.database, Unset):
            database = UNSET
        else:
            database = self.database.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if conversations is not UNSET:
            field_dict["conversations"] = conversations
        if messages is not UNSET:
            field_dict["messages"] = messages
        if database is not UNSET:
            field_dict["database"] = database

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fetch_usage_response_200_database import (
            FetchUsageResponse200Database,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _tokens_raw = d.pop("tokens", UNSET)
        if isinstance(_tokens_raw, Unset):
            tokens = UNSET
        else:
            tokens = _tokens_raw

        _conversations_raw = d.pop("conversations", UNSET)
        if isinstance(_conversations_raw, Unset):
            conversations = UNSET
        else:
            conversations = _conversations_raw

        _messages_raw = d.pop("messages", UNSET)
        if isinstance(_messages_raw, Unset):
            messages = UNSET
        else:
            messages = _messages_raw

        _database_raw = d.pop("database", UNSET)
        if isinstance(_database_raw, Unset):
            database = UNSET
        else:
            database = FetchUsageResponse200Database.from_dict(_database_raw)

        fetch_usage_response_200 = cls(
            tokens=tokens,
            conversations=conversations,
            messages=messages,
            database=database,
        )

        fetch_usage_response_200.additional_properties = d
        return fetch_usage_response_200

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
