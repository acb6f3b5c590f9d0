from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extensions_definition import ExtensionsDefinition
    from ..models.message import Message


T = TypeVar("T", bound="CompactConversationStatelessBody")


@_attrs_define
class CompactConversationStatelessBody:
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

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.extensions_definition import ExtensionsDefinition  # noqa: PLC0415
        from ..models.message import Message  # noqa: PLC0415

        d = dict(src_dict)
        _messages_raw = d.pop("messages", UNSET)
        if isinstance(_messages_raw, Unset):
            messages = UNSET
        else:
            messages = []
            _messages = _messages_raw
            for messages_item_data in _messages:
                messages_item = Message.from_dict(messages_item_data)

                messages.append(messages_item)

        bot_id = d.pop("botId", UNSET)

        model = d.pop("model", UNSET)

        backstory = d.pop("backstory", UNSET)

        dataset_id = d.pop("datasetId", UNSET)

        skillset_id = d.pop("skillsetId", UNSET)

        privacy = d.pop("privacy", UNSET)

        moderation = d.pop("moderation", UNSET)

        _extensions = d.pop("extensions", UNSET)
        extensions: ExtensionsDefinition | Unset
        if isinstance(_extensions, Unset):
            extensions = UNSET
        else:
            extensions = ExtensionsDefinition.from_dict(_extensions)

        compact_conversation_stateless_body = cls(
            messages=messages,
            bot_id=bot_id,
            model=model,
            backstory=backstory,
            dataset_id=dataset_id,
            skillset_id=skillset_id,
            privacy=privacy,
            moderation=moderation,
            extensions=extensions,
        )

        compact_conversation_stateless_body.additional_properties = d
        return compact_conversation_stateless_body

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
