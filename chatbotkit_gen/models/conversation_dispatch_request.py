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
    from ..models.entity import Entity
    from ..models.execution_limits import ExecutionLimits
    from ..models.extensions_definition import ExtensionsDefinition
    from ..models.functions_definition_item import FunctionsDefinitionItem

_lazy_imports_done = False


def _lazy_imports() -> None:
    global \
        _lazy_imports_done, \
        Entity, \
        ExecutionLimits, \
        ExtensionsDefinition, \
        FunctionsDefinitionItem
    from ..models.entity import Entity  # noqa: PLC0415
    from ..models.execution_limits import ExecutionLimits  # noqa: PLC0415
    from ..models.extensions_definition import ExtensionsDefinition  # noqa: PLC0415
    from ..models.functions_definition_item import FunctionsDefinitionItem  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="ConversationDispatchRequest")


_KNOWN_KEYS = frozenset(
    {
        "text",
        "entities",
        "functions",
        "extensions",
        "limits",
        "channelId",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ConversationDispatchRequest:
    """
    Attributes:
        text (str | Unset):
        entities (list[Entity] | Unset):
        functions (list[FunctionsDefinitionItem] | Unset):
        extensions (ExtensionsDefinition | Unset):
        limits (ExecutionLimits | Unset):
        channel_id (str | Unset):
    """

    text: str | Unset = UNSET
    entities: list[Entity] | Unset = UNSET
    functions: list[FunctionsDefinitionItem] | Unset = UNSET
    extensions: ExtensionsDefinition | Unset = UNSET
    limits: ExecutionLimits | Unset = UNSET
    channel_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        text = self.text

        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

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

        channel_id = self.channel_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not UNSET:
            field_dict["text"] = text
        if entities is not UNSET:
            field_dict["entities"] = entities
        if functions is not UNSET:
            field_dict["functions"] = functions
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if limits is not UNSET:
            field_dict["limits"] = limits
        if channel_id is not UNSET:
            field_dict["channelId"] = channel_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ConversationDispatchRequest:
            conversation_dispatch_request = _new_instance(cls)
            conversation_dispatch_request.text = d.pop("text", UNSET)

            _entities = d.pop("entities", UNSET)
            entities: list[Entity] | Unset = UNSET
            if _entities is not UNSET:
                _parse_entities = Entity.from_dict
                entities = [_parse_entities(item) for item in _entities]

            conversation_dispatch_request.entities = entities

            _functions = d.pop("functions", UNSET)
            functions: list[FunctionsDefinitionItem] | Unset = UNSET
            if _functions is not UNSET:
                _parse_functions = FunctionsDefinitionItem.from_dict
                functions = [_parse_functions(item) for item in _functions]

            conversation_dispatch_request.functions = functions

            _extensions = d.pop("extensions", UNSET)
            extensions: ExtensionsDefinition | Unset
            if _extensions is UNSET:
                extensions = UNSET
            else:
                extensions = ExtensionsDefinition.from_dict(_extensions)

            conversation_dispatch_request.extensions = extensions

            _limits = d.pop("limits", UNSET)
            limits: ExecutionLimits | Unset
            if _limits is UNSET:
                limits = UNSET
            else:
                limits = ExecutionLimits.from_dict(_limits)

            conversation_dispatch_request.limits = limits

            conversation_dispatch_request.channel_id = d.pop("channelId", UNSET)

            conversation_dispatch_request.additional_properties = {**d} if d else {}
            return conversation_dispatch_request

        text = d.get("text", UNSET)

        _entities = d.get("entities", UNSET)
        entities: list[Entity] | Unset = UNSET
        if _entities is not UNSET:
            _parse_entities = Entity.from_dict
            entities = [_parse_entities(item) for item in _entities]

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

        channel_id = d.get("channelId", UNSET)

        conversation_dispatch_request = cls(
            text,
            entities,
            functions,
            extensions,
            limits,
            channel_id,
        )

        if not _KNOWN_KEYS.issuperset(d):
            conversation_dispatch_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return conversation_dispatch_request

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
