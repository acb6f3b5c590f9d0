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
    from ..models.extensions_definition import ExtensionsDefinition
    from ..models.message import Message

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, ExtensionsDefinition, Message
    from ..models.extensions_definition import ExtensionsDefinition  # noqa: PLC0415
    from ..models.message import Message  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="CompactConversationStatelessRequest")


_KNOWN_KEYS = frozenset(
    {
        "messages",
        "botId",
        "model",
        "backstory",
        "datasetId",
        "skillsetId",
        "privacy",
        "moderation",
        "extensions",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class CompactConversationStatelessRequest:
    """
    Attributes:
        messages (list[Message]):
        bot_id (str | Unset):
        model (str | Unset):
        backstory (str | Unset):
        dataset_id (str | Unset):
        skillset_id (str | Unset):
        privacy (bool | Unset):
        moderation (bool | Unset):
        extensions (ExtensionsDefinition | Unset):
    """

    messages: list[Message]
    bot_id: str | Unset = UNSET
    model: str | Unset = UNSET
    backstory: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    skillset_id: str | Unset = UNSET
    privacy: bool | Unset = UNSET
    moderation: bool | Unset = UNSET
    extensions: ExtensionsDefinition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.messages, Unset):
            messages = UNSET
        else:
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        bot_id = self.bot_id

        model = self.model

        backstory = self.backstory

        dataset_id = self.dataset_id

        skillset_id = self.skillset_id

        privacy = self.privacy

        moderation = self.moderation

        extensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = self.extensions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if messages is not UNSET:
            field_dict["messages"] = messages
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id
        if model is not UNSET:
            field_dict["model"] = model
        if backstory is not UNSET:
            field_dict["backstory"] = backstory
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if skillset_id is not UNSET:
            field_dict["skillsetId"] = skillset_id
        if privacy is not UNSET:
            field_dict["privacy"] = privacy
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if extensions is not UNSET:
            field_dict["extensions"] = extensions

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is CompactConversationStatelessRequest:
            compact_conversation_stateless_request = _new_instance(cls)
            _messages_raw = d.pop("messages", UNSET)
            if _messages_raw is UNSET:
                compact_conversation_stateless_request.messages = UNSET
            else:
                _messages = _messages_raw
                _parse_messages = Message.from_dict
                messages = [_parse_messages(item) for item in _messages]

                compact_conversation_stateless_request.messages = messages

            compact_conversation_stateless_request.bot_id = d.pop("botId", UNSET)

            compact_conversation_stateless_request.model = d.pop("model", UNSET)

            compact_conversation_stateless_request.backstory = d.pop("backstory", UNSET)

            compact_conversation_stateless_request.dataset_id = d.pop("datasetId", UNSET)

            compact_conversation_stateless_request.skillset_id = d.pop("skillsetId", UNSET)

            compact_conversation_stateless_request.privacy = d.pop("privacy", UNSET)

            compact_conversation_stateless_request.moderation = d.pop("moderation", UNSET)

            _extensions = d.pop("extensions", UNSET)
            extensions: ExtensionsDefinition | Unset
            if _extensions is UNSET:
                extensions = UNSET
            else:
                extensions = ExtensionsDefinition.from_dict(_extensions)

            compact_conversation_stateless_request.extensions = extensions

            compact_conversation_stateless_request.additional_properties = {**d} if d else {}
            return compact_conversation_stateless_request

        _messages_raw = d.get("messages", UNSET)
        if _messages_raw is UNSET:
            messages = UNSET
        else:
            _messages = _messages_raw
            _parse_messages = Message.from_dict
            messages = [_parse_messages(item) for item in _messages]

        bot_id = d.get("botId", UNSET)

        model = d.get("model", UNSET)

        backstory = d.get("backstory", UNSET)

        dataset_id = d.get("datasetId", UNSET)

        skillset_id = d.get("skillsetId", UNSET)

        privacy = d.get("privacy", UNSET)

        moderation = d.get("moderation", UNSET)

        _extensions = d.get("extensions", UNSET)
        extensions: ExtensionsDefinition | Unset
        if _extensions is UNSET:
            extensions = UNSET
        else:
            extensions = ExtensionsDefinition.from_dict(_extensions)

        compact_conversation_stateless_request = cls(
            messages,
            bot_id,
            model,
            backstory,
            dataset_id,
            skillset_id,
            privacy,
            moderation,
            extensions,
        )

        if not _KNOWN_KEYS.issuperset(d):
            compact_conversation_stateless_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return compact_conversation_stateless_request

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
