from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..models.integration_twilio_initiate_request_channel import (
    IntegrationTwilioInitiateRequestChannel,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationTwilioInitiateRequest")


_KNOWN_KEYS = frozenset(
    {
        "from",
        "to",
        "text",
        "channel",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationTwilioInitiateRequest:
    """
    Attributes:
        from_ (str):
        to (str):
        text (str):
        channel (IntegrationTwilioInitiateRequestChannel | Unset):  Default:
            IntegrationTwilioInitiateRequestChannel.SMS.
    """

    from_: str
    to: str
    text: str
    channel: IntegrationTwilioInitiateRequestChannel | Unset = (
        IntegrationTwilioInitiateRequestChannel.SMS
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if text is not UNSET:
            field_dict["text"] = text
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationTwilioInitiateRequest:
            integration_twilio_initiate_request = _new_instance(cls)
            integration_twilio_initiate_request.from_ = d.get("from", UNSET)

            integration_twilio_initiate_request.to = d.get("to", UNSET)

            integration_twilio_initiate_request.text = d.get("text", UNSET)

            _channel = d.get("channel", UNSET)
            channel: IntegrationTwilioInitiateRequestChannel | Unset
            if isinstance(_channel, Unset):
                channel = UNSET
            else:
                try:
                    channel = IntegrationTwilioInitiateRequestChannel._value2member_map_[_channel]
                except (KeyError, TypeError):
                    channel = IntegrationTwilioInitiateRequestChannel(_channel)

            integration_twilio_initiate_request.channel = channel

            if (
                builtins.len(d)
                + (integration_twilio_initiate_request.from_ is UNSET)
                + (integration_twilio_initiate_request.to is UNSET)
                + (integration_twilio_initiate_request.text is UNSET)
                + (integration_twilio_initiate_request.channel is UNSET)
                > 4
            ):
                integration_twilio_initiate_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                integration_twilio_initiate_request.additional_properties = {}
            return integration_twilio_initiate_request

        from_ = d.get("from", UNSET)

        to = d.get("to", UNSET)

        text = d.get("text", UNSET)

        _channel = d.get("channel", UNSET)
        channel: IntegrationTwilioInitiateRequestChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            try:
                channel = IntegrationTwilioInitiateRequestChannel._value2member_map_[_channel]
            except (KeyError, TypeError):
                channel = IntegrationTwilioInitiateRequestChannel(_channel)

        integration_twilio_initiate_request = cls(
            from_,
            to,
            text,
            channel,
        )

        if (
            builtins.len(d)
            + (from_ is UNSET)
            + (to is UNSET)
            + (text is UNSET)
            + (channel is UNSET)
            > 4
        ):
            integration_twilio_initiate_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_twilio_initiate_request

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
