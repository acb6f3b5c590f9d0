from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.usage_series_conversations_item import UsageSeriesConversationsItem
    from ..models.usage_series_messages_item import UsageSeriesMessagesItem
    from ..models.usage_series_tokens_item import UsageSeriesTokensItem

_lazy_imports_done = False


def _lazy_imports() -> None:
    global \
        _lazy_imports_done, \
        UsageSeriesConversationsItem, \
        UsageSeriesMessagesItem, \
        UsageSeriesTokensItem
    from ..models.usage_series_conversations_item import UsageSeriesConversationsItem  # noqa: PLC0415
    from ..models.usage_series_messages_item import UsageSeriesMessagesItem  # noqa: PLC0415
    from ..models.usage_series_tokens_item import UsageSeriesTokensItem  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="UsageSeries")


_KNOWN_KEYS = frozenset(
    {
        "tokens",
        "conversations",
        "messages",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class UsageSeries:
    """
    Attributes:
        tokens (list[UsageSeriesTokensItem]):
        conversations (list[UsageSeriesConversationsItem]):
        messages (list[UsageSeriesMessagesItem]):
    """

    tokens: list[UsageSeriesTokensItem]
    conversations: list[UsageSeriesConversationsItem]
    messages: list[UsageSeriesMessagesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.tokens, Unset):
            tokens = UNSET
        else:
            tokens = []
            for tokens_item_data in self.tokens:
                tokens_item = tokens_item_data.to_dict()
                tokens.append(tokens_item)

        if isinstance(self.conversations, Unset):
            conversations = UNSET
        else:
            conversations = []
            for conversations_item_data in self.conversations:
                conversations_item = conversations_item_data.to_dict()
                conversations.append(conversations_item)

        if isinstance(self.messages, Unset):
            messages = UNSET
        else:
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if conversations is not UNSET:
            field_dict["conversations"] = conversations
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is UsageSeries:
            usage_series = _new_instance(cls)
            _tokens_raw = d.get("tokens", UNSET)
            if _tokens_raw is UNSET:
                usage_series.tokens = UNSET
            else:
                _tokens = _tokens_raw
                _parse_tokens = UsageSeriesTokensItem.from_dict
                tokens = [_parse_tokens(item) for item in _tokens]

                usage_series.tokens = tokens

            _conversations_raw = d.get("conversations", UNSET)
            if _conversations_raw is UNSET:
                usage_series.conversations = UNSET
            else:
                _conversations = _conversations_raw
                _parse_conversations = UsageSeriesConversationsItem.from_dict
                conversations = [_parse_conversations(item) for item in _conversations]

                usage_series.conversations = conversations

            _messages_raw = d.get("messages", UNSET)
            if _messages_raw is UNSET:
                usage_series.messages = UNSET
            else:
                _messages = _messages_raw
                _parse_messages = UsageSeriesMessagesItem.from_dict
                messages = [_parse_messages(item) for item in _messages]

                usage_series.messages = messages

            if (
                builtins.len(d)
                + (usage_series.tokens is UNSET)
                + (usage_series.conversations is UNSET)
                + (usage_series.messages is UNSET)
                > 3
            ):
                usage_series.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                usage_series.additional_properties = {}
            return usage_series

        _tokens_raw = d.get("tokens", UNSET)
        if _tokens_raw is UNSET:
            tokens = UNSET
        else:
            _tokens = _tokens_raw
            _parse_tokens = UsageSeriesTokensItem.from_dict
            tokens = [_parse_tokens(item) for item in _tokens]

        _conversations_raw = d.get("conversations", UNSET)
        if _conversations_raw is UNSET:
            conversations = UNSET
        else:
            _conversations = _conversations_raw
            _parse_conversations = UsageSeriesConversationsItem.from_dict
            conversations = [_parse_conversations(item) for item in _conversations]

        _messages_raw = d.get("messages", UNSET)
        if _messages_raw is UNSET:
            messages = UNSET
        else:
            _messages = _messages_raw
            _parse_messages = UsageSeriesMessagesItem.from_dict
            messages = [_parse_messages(item) for item in _messages]

        usage_series = cls(
            tokens,
            conversations,
            messages,
        )

        if builtins.len(d) + (tokens is UNSET) + (conversations is UNSET) + (messages is UNSET) > 3:
            usage_series.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return usage_series

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
