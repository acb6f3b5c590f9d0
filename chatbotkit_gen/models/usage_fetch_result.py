from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.usage_fetch_result_database import UsageFetchResultDatabase

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, UsageFetchResultDatabase
    from ..models.usage_fetch_result_database import UsageFetchResultDatabase  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="UsageFetchResult")


_KNOWN_KEYS = frozenset(
    {
        "tokens",
        "conversations",
        "messages",
        "database",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class UsageFetchResult:
    """
    Attributes:
        tokens (float):
        conversations (float):
        messages (float):
        database (UsageFetchResultDatabase):
    """

    tokens: float
    conversations: float
    messages: float
    database: UsageFetchResultDatabase
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
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
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is UsageFetchResult:
            usage_fetch_result = _new_instance(cls)
            usage_fetch_result.tokens = d.get("tokens", UNSET)

            usage_fetch_result.conversations = d.get("conversations", UNSET)

            usage_fetch_result.messages = d.get("messages", UNSET)

            _database_raw = d.get("database", UNSET)
            if _database_raw is UNSET:
                usage_fetch_result.database = UNSET
            else:
                database = UsageFetchResultDatabase.from_dict(_database_raw)

                usage_fetch_result.database = database

            if (
                builtins.len(d)
                + (usage_fetch_result.tokens is UNSET)
                + (usage_fetch_result.conversations is UNSET)
                + (usage_fetch_result.messages is UNSET)
                + (usage_fetch_result.database is UNSET)
                > 4
            ):
                usage_fetch_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                usage_fetch_result.additional_properties = {}
            return usage_fetch_result

        tokens = d.get("tokens", UNSET)

        conversations = d.get("conversations", UNSET)

        messages = d.get("messages", UNSET)

        _database_raw = d.get("database", UNSET)
        if _database_raw is UNSET:
            database = UNSET
        else:
            database = UsageFetchResultDatabase.from_dict(_database_raw)

        usage_fetch_result = cls(
            tokens,
            conversations,
            messages,
            database,
        )

        if (
            builtins.len(d)
            + (tokens is UNSET)
            + (conversations is UNSET)
            + (messages is UNSET)
            + (database is UNSET)
            > 4
        ):
            usage_fetch_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return usage_fetch_result

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
