from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationRecallInitiateRequest")


_KNOWN_KEYS = frozenset(
    {
        "meetingUrl",
        "text",
        "botName",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationRecallInitiateRequest:
    """
    Attributes:
        meeting_url (str):
        text (str):
        bot_name (str | Unset):
    """

    meeting_url: str
    text: str
    bot_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.meeting_url, Unset):
            meeting_url = UNSET
        else:
            meeting_url = self.meeting_url

        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        bot_name = self.bot_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if meeting_url is not UNSET:
            field_dict["meetingUrl"] = meeting_url
        if text is not UNSET:
            field_dict["text"] = text
        if bot_name is not UNSET:
            field_dict["botName"] = bot_name

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationRecallInitiateRequest:
            integration_recall_initiate_request = _new_instance(cls)
            integration_recall_initiate_request.meeting_url = d.get("meetingUrl", UNSET)

            integration_recall_initiate_request.text = d.get("text", UNSET)

            integration_recall_initiate_request.bot_name = d.get("botName", UNSET)

            if (
                builtins.len(d)
                + (integration_recall_initiate_request.meeting_url is UNSET)
                + (integration_recall_initiate_request.text is UNSET)
                + (integration_recall_initiate_request.bot_name is UNSET)
                > 3
            ):
                integration_recall_initiate_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                integration_recall_initiate_request.additional_properties = {}
            return integration_recall_initiate_request

        meeting_url = d.get("meetingUrl", UNSET)

        text = d.get("text", UNSET)

        bot_name = d.get("botName", UNSET)

        integration_recall_initiate_request = cls(
            meeting_url,
            text,
            bot_name,
        )

        if builtins.len(d) + (meeting_url is UNSET) + (text is UNSET) + (bot_name is UNSET) > 3:
            integration_recall_initiate_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_recall_initiate_request

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
