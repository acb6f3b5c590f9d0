from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        tokens = self.tokens

        conversations = self.conversations

        messages = self.messages

        database = self.database.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokens": tokens,
                "conversations": conversations,
                "messages": messages,
                "database": database,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fetch_usage_response_200_database import (
            FetchUsageResponse200Database,  # noqa: PLC0415
        )

        d = dict(src_dict)
        tokens = d.pop("tokens")

        conversations = d.pop("conversations")

        messages = d.pop("messages")

        database = FetchUsageResponse200Database.from_dict(d.pop("database"))

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
