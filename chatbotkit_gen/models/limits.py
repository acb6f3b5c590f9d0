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
    from ..models.limits_database import LimitsDatabase

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, LimitsDatabase
    from ..models.limits_database import LimitsDatabase  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="Limits")


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
class Limits:
    """
    Attributes:
        tokens (float | Unset):
        conversations (float | Unset):
        messages (float | Unset):
        database (LimitsDatabase | Unset):
    """

    tokens: float | Unset = UNSET
    conversations: float | Unset = UNSET
    messages: float | Unset = UNSET
    database: LimitsDatabase | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        tokens = self.tokens

        conversations = self.conversations

        messages = self.messages

        database: dict[str, Any] | Unset = UNSET
        if not isinstance(self.database, Unset):
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
        if cls is Limits:
            limits = _new_instance(cls)
            limits.tokens = d.get("tokens", UNSET)

            limits.conversations = d.get("conversations", UNSET)

            limits.messages = d.get("messages", UNSET)

            _database = d.get("database", UNSET)
            database: LimitsDatabase | Unset
            if _database is UNSET:
                database = UNSET
            else:
                database = LimitsDatabase.from_dict(_database)

            limits.database = database

            if (
                builtins.len(d)
                + (limits.tokens is UNSET)
                + (limits.conversations is UNSET)
                + (limits.messages is UNSET)
                + (limits.database is UNSET)
                > 4
            ):
                limits.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            else:
                limits.additional_properties = {}
            return limits

        tokens = d.get("tokens", UNSET)

        conversations = d.get("conversations", UNSET)

        messages = d.get("messages", UNSET)

        _database = d.get("database", UNSET)
        database: LimitsDatabase | Unset
        if _database is UNSET:
            database = UNSET
        else:
            database = LimitsDatabase.from_dict(_database)

        limits = cls(
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
            limits.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return limits

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
