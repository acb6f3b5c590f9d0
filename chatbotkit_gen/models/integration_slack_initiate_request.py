from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


T = TypeVar("T", bound="IntegrationSlackInitiateRequest")


_KNOWN_KEYS = frozenset(
    {
        "channel",
        "text",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationSlackInitiateRequest:
    """
    Attributes:
        channel (str):
        text (str):
    """

    channel: str
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if channel is not UNSET:
            field_dict["channel"] = channel
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationSlackInitiateRequest:
            integration_slack_initiate_request = _new_instance(cls)
            integration_slack_initiate_request.channel = d.get("channel", UNSET)

            integration_slack_initiate_request.text = d.get("text", UNSET)

            if (
                builtins.len(d)
                + (integration_slack_initiate_request.channel is UNSET)
                + (integration_slack_initiate_request.text is UNSET)
                > 2
            ):
                integration_slack_initiate_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                integration_slack_initiate_request.additional_properties = {}
            return integration_slack_initiate_request

        channel = d.get("channel", UNSET)

        text = d.get("text", UNSET)

        integration_slack_initiate_request = cls(
            channel,
            text,
        )

        if builtins.len(d) + (channel is UNSET) + (text is UNSET) > 2:
            integration_slack_initiate_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_slack_initiate_request

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
