from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.initiate_twilio_body_channel import InitiateTwilioBodyChannel
from ..types import UNSET, Unset

T = TypeVar("T", bound="InitiateTwilioBody")


@_attrs_define
class InitiateTwilioBody:
    """
    Attributes:
        from_ (str):
        to (str):
        text (str):
        channel (InitiateTwilioBodyChannel | Unset):  Default: InitiateTwilioBodyChannel.SMS.
    """

    from_: str
    to: str
    text: str
    channel: InitiateTwilioBodyChannel | Unset = InitiateTwilioBodyChannel.SMS
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        text = self.text

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from": from_,
                "to": to,
                "text": text,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        text = d.pop("text")

        _channel = d.pop("channel", UNSET)
        channel: InitiateTwilioBodyChannel | Unset
        if isinstance(_channel, Unset):
            channel = UNSET
        else:
            channel = InitiateTwilioBodyChannel(_channel)

        initiate_twilio_body = cls(
            from_=from_,
            to=to,
            text=text,
            channel=channel,
        )

        initiate_twilio_body.additional_properties = d
        return initiate_twilio_body

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
