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
    from ..models.conversation_create_result_messages_item import (
        ConversationCreateResultMessagesItem,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, ConversationCreateResultMessagesItem
    from ..models.conversation_create_result_messages_item import (
        ConversationCreateResultMessagesItem,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="ConversationCreateResult")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "messages",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ConversationCreateResult:
    """
    Attributes:
        id (str):
        messages (list[ConversationCreateResultMessagesItem] | Unset):
    """

    id: str
    messages: list[ConversationCreateResultMessagesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ConversationCreateResult:
            conversation_create_result = _new_instance(cls)
            conversation_create_result.id = d.get("id", UNSET)

            _messages = d.get("messages", UNSET)
            messages: list[ConversationCreateResultMessagesItem] | Unset = UNSET
            if _messages is not UNSET:
                _parse_messages = ConversationCreateResultMessagesItem.from_dict
                messages = [_parse_messages(item) for item in _messages]

            conversation_create_result.messages = messages

            if (
                builtins.len(d)
                + (conversation_create_result.id is UNSET)
                + (conversation_create_result.messages is UNSET)
                > 2
            ):
                conversation_create_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                conversation_create_result.additional_properties = {}
            return conversation_create_result

        id = d.get("id", UNSET)

        _messages = d.get("messages", UNSET)
        messages: list[ConversationCreateResultMessagesItem] | Unset = UNSET
        if _messages is not UNSET:
            _parse_messages = ConversationCreateResultMessagesItem.from_dict
            messages = [_parse_messages(item) for item in _messages]

        conversation_create_result = cls(
            id,
            messages,
        )

        if builtins.len(d) + (id is UNSET) + (messages is UNSET) > 2:
            conversation_create_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return conversation_create_result

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
