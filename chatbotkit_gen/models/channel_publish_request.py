from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.channel_publish_request_message import ChannelPublishRequestMessage

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, ChannelPublishRequestMessage
    from ..models.channel_publish_request_message import ChannelPublishRequestMessage  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="ChannelPublishRequest")


_KNOWN_KEYS = frozenset(
    {
        "message",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ChannelPublishRequest:
    """
    Attributes:
        message (ChannelPublishRequestMessage):
    """

    message: ChannelPublishRequestMessage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ChannelPublishRequest:
            channel_publish_request = _new_instance(cls)
            _message = d.get("message", UNSET)
            if _message is UNSET:
                channel_publish_request.message = UNSET
            else:
                message = _new_instance(ChannelPublishRequestMessage)
                message.additional_properties = (
                    {**_message} if builtins.type(_message) is dict else dict(_message)
                )
                channel_publish_request.message = message

            if builtins.len(d) + (channel_publish_request.message is UNSET) > 1:
                channel_publish_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                channel_publish_request.additional_properties = {}
            return channel_publish_request

        _message_raw = d.get("message", UNSET)
        if _message_raw is UNSET:
            message = UNSET
        else:
            message = ChannelPublishRequestMessage.from_dict(_message_raw)

        channel_publish_request = cls(
            message,
        )

        if builtins.len(d) + (message is UNSET) > 1:
            channel_publish_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return channel_publish_request

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
