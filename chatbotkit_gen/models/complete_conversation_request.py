from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from typing import cast

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complete_conversation_request_attachments_item import (
        CompleteConversationRequestAttachmentsItem,
    )
    from ..models.complete_conversation_request_contact_id_option_2 import (
        CompleteConversationRequestContactIdOption2,
    )
    from ..models.execution_limits import ExecutionLimits
    from ..models.extensions_definition import ExtensionsDefinition
    from ..models.functions_definition_item import FunctionsDefinitionItem
    from ..models.message import Message

_lazy_imports_done = False


def _lazy_imports() -> None:
    global \
        _lazy_imports_done, \
        CompleteConversationRequestAttachmentsItem, \
        CompleteConversationRequestContactIdOption2, \
        ExecutionLimits, \
        ExtensionsDefinition, \
        FunctionsDefinitionItem, \
        Message
    from ..models.complete_conversation_request_attachments_item import (
        CompleteConversationRequestAttachmentsItem,  # noqa: PLC0415
    )
    from ..models.complete_conversation_request_contact_id_option_2 import (
        CompleteConversationRequestContactIdOption2,  # noqa: PLC0415
    )
    from ..models.execution_limits import ExecutionLimits  # noqa: PLC0415
    from ..models.extensions_definition import ExtensionsDefinition  # noqa: PLC0415
    from ..models.functions_definition_item import FunctionsDefinitionItem  # noqa: PLC0415
    from ..models.message import Message  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="CompleteConversationRequest")


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
        "attachments",
        "contactId",
        "functions",
        "extensions",
        "limits",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class CompleteConversationRequest:
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
        attachments (list[CompleteConversationRequestAttachmentsItem] | Unset):
        contact_id (CompleteConversationRequestContactIdOption2 | str | Unset):
        functions (list[FunctionsDefinitionItem] | Unset):
        extensions (ExtensionsDefinition | Unset):
        limits (ExecutionLimits | Unset):
    """

    messages: list[Message]
    bot_id: str | Unset = UNSET
    model: str | Unset = UNSET
    backstory: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    skillset_id: str | Unset = UNSET
    privacy: bool | Unset = UNSET
    moderation: bool | Unset = UNSET
    attachments: list[CompleteConversationRequestAttachmentsItem] | Unset = UNSET
    contact_id: CompleteConversationRequestContactIdOption2 | str | Unset = UNSET
    functions: list[FunctionsDefinitionItem] | Unset = UNSET
    extensions: ExtensionsDefinition | Unset = UNSET
    limits: ExecutionLimits | Unset = UNSET
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

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        contact_id: dict[str, Any] | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        elif isinstance(self.contact_id, CompleteConversationRequestContactIdOption2):
            contact_id = self.contact_id.to_dict()
        else:
            contact_id = self.contact_id

        functions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.functions, Unset):
            functions = []
            for componentsschemas_functions_definition_item_data in self.functions:
                componentsschemas_functions_definition_item = (
                    componentsschemas_functions_definition_item_data.to_dict()
                )
                functions.append(componentsschemas_functions_definition_item)

        extensions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extensions, Unset):
            extensions = self.extensions.to_dict()

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

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
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if functions is not UNSET:
            field_dict["functions"] = functions
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if limits is not UNSET:
            field_dict["limits"] = limits

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is CompleteConversationRequest:
            complete_conversation_request = _new_instance(cls)
            _messages_raw = d.pop("messages", UNSET)
            if _messages_raw is UNSET:
                complete_conversation_request.messages = UNSET
            else:
                _messages = _messages_raw
                _parse_messages = Message.from_dict
                messages = [_parse_messages(item) for item in _messages]

                complete_conversation_request.messages = messages

            complete_conversation_request.bot_id = d.pop("botId", UNSET)

            complete_conversation_request.model = d.pop("model", UNSET)

            complete_conversation_request.backstory = d.pop("backstory", UNSET)

            complete_conversation_request.dataset_id = d.pop("datasetId", UNSET)

            complete_conversation_request.skillset_id = d.pop("skillsetId", UNSET)

            complete_conversation_request.privacy = d.pop("privacy", UNSET)

            complete_conversation_request.moderation = d.pop("moderation", UNSET)

            _attachments = d.pop("attachments", UNSET)
            attachments: list[CompleteConversationRequestAttachmentsItem] | Unset = UNSET
            if _attachments is not UNSET:
                _parse_attachments = CompleteConversationRequestAttachmentsItem.from_dict
                attachments = [_parse_attachments(item) for item in _attachments]

            complete_conversation_request.attachments = attachments

            def _parse_contact_id(
                data: object,
            ) -> CompleteConversationRequestContactIdOption2 | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    contact_id_type_1 = CompleteConversationRequestContactIdOption2.from_dict(data)

                    return contact_id_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(CompleteConversationRequestContactIdOption2 | str | Unset, data)

            contact_id = _parse_contact_id(d.pop("contactId", UNSET))

            complete_conversation_request.contact_id = contact_id

            _functions = d.pop("functions", UNSET)
            functions: list[FunctionsDefinitionItem] | Unset = UNSET
            if _functions is not UNSET:
                _parse_functions = FunctionsDefinitionItem.from_dict
                functions = [_parse_functions(item) for item in _functions]

            complete_conversation_request.functions = functions

            _extensions = d.pop("extensions", UNSET)
            extensions: ExtensionsDefinition | Unset
            if _extensions is UNSET:
                extensions = UNSET
            else:
                extensions = ExtensionsDefinition.from_dict(_extensions)

            complete_conversation_request.extensions = extensions

            _limits = d.pop("limits", UNSET)
            limits: ExecutionLimits | Unset
            if _limits is UNSET:
                limits = UNSET
            else:
                limits = ExecutionLimits.from_dict(_limits)

            complete_conversation_request.limits = limits

            complete_conversation_request.additional_properties = {**d} if d else {}
            return complete_conversation_request

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

        _attachments = d.get("attachments", UNSET)
        attachments: list[CompleteConversationRequestAttachmentsItem] | Unset = UNSET
        if _attachments is not UNSET:
            _parse_attachments = CompleteConversationRequestAttachmentsItem.from_dict
            attachments = [_parse_attachments(item) for item in _attachments]

        def _parse_contact_id(
            data: object,
        ) -> CompleteConversationRequestContactIdOption2 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_id_type_1 = CompleteConversationRequestContactIdOption2.from_dict(data)

                return contact_id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompleteConversationRequestContactIdOption2 | str | Unset, data)

        contact_id = _parse_contact_id(d.get("contactId", UNSET))

        _functions = d.get("functions", UNSET)
        functions: list[FunctionsDefinitionItem] | Unset = UNSET
        if _functions is not UNSET:
            _parse_functions = FunctionsDefinitionItem.from_dict
            functions = [_parse_functions(item) for item in _functions]

        _extensions = d.get("extensions", UNSET)
        extensions: ExtensionsDefinition | Unset
        if _extensions is UNSET:
            extensions = UNSET
        else:
            extensions = ExtensionsDefinition.from_dict(_extensions)

        _limits = d.get("limits", UNSET)
        limits: ExecutionLimits | Unset
        if _limits is UNSET:
            limits = UNSET
        else:
            limits = ExecutionLimits.from_dict(_limits)

        complete_conversation_request = cls(
            messages,
            bot_id,
            model,
            backstory,
            dataset_id,
            skillset_id,
            privacy,
            moderation,
            attachments,
            contact_id,
            functions,
            extensions,
            limits,
        )

        if not _KNOWN_KEYS.issuperset(d):
            complete_conversation_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return complete_conversation_request

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
