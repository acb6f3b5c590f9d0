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
    from ..models.bot_session_create_request_messages_item import (
        BotSessionCreateRequestMessagesItem,
    )
    from ..models.meta import Meta

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, BotSessionCreateRequestMessagesItem, Meta
    from ..models.bot_session_create_request_messages_item import (
        BotSessionCreateRequestMessagesItem,  # noqa: PLC0415
    )
    from ..models.meta import Meta  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="BotSessionCreateRequest")


_KNOWN_KEYS = frozenset(
    {
        "durationInSeconds",
        "messages",
        "meta",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class BotSessionCreateRequest:
    """
    Attributes:
        duration_in_seconds (float | Unset):
        messages (list[BotSessionCreateRequestMessagesItem] | Unset):
        meta (Meta | Unset):
    """

    duration_in_seconds: float | Unset = UNSET
    messages: list[BotSessionCreateRequestMessagesItem] | Unset = UNSET
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        duration_in_seconds = self.duration_in_seconds

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if duration_in_seconds is not UNSET:
            field_dict["durationInSeconds"] = duration_in_seconds
        if messages is not UNSET:
            field_dict["messages"] = messages
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is BotSessionCreateRequest:
            bot_session_create_request = _new_instance(cls)
            bot_session_create_request.duration_in_seconds = d.get("durationInSeconds", UNSET)

            _messages = d.get("messages", UNSET)
            messages: list[BotSessionCreateRequestMessagesItem] | Unset = UNSET
            if _messages is not UNSET:
                _parse_messages = BotSessionCreateRequestMessagesItem.from_dict
                messages = [_parse_messages(item) for item in _messages]

            bot_session_create_request.messages = messages

            _meta = d.get("meta", UNSET)
            if _meta is UNSET:
                bot_session_create_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                bot_session_create_request.meta = meta

            if (
                builtins.len(d)
                + (bot_session_create_request.duration_in_seconds is UNSET)
                + (bot_session_create_request.messages is UNSET)
                + (bot_session_create_request.meta is UNSET)
                > 3
            ):
                bot_session_create_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                bot_session_create_request.additional_properties = {}
            return bot_session_create_request

        duration_in_seconds = d.get("durationInSeconds", UNSET)

        _messages = d.get("messages", UNSET)
        messages: list[BotSessionCreateRequestMessagesItem] | Unset = UNSET
        if _messages is not UNSET:
            _parse_messages = BotSessionCreateRequestMessagesItem.from_dict
            messages = [_parse_messages(item) for item in _messages]

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        bot_session_create_request = cls(
            duration_in_seconds,
            messages,
            meta,
        )

        if (
            builtins.len(d) + (duration_in_seconds is UNSET) + (messages is UNSET) + (meta is UNSET)
            > 3
        ):
            bot_session_create_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return bot_session_create_request

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
