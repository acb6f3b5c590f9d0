from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


from ..models.message_type import MessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entity import Entity
    from ..models.meta import Meta

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Entity, Meta
    from ..models.entity import Entity  # noqa: PLC0415
    from ..models.meta import Meta  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="ConversationMessageCreateRequest")


_KNOWN_KEYS = frozenset(
    {
        "type",
        "text",
        "name",
        "description",
        "meta",
        "entities",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ConversationMessageCreateRequest:
    """
    Attributes:
        type (MessageType):
        text (str):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        entities (list[Entity] | Unset):
    """

    type: MessageType
    text: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    entities: list[Entity] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.type, Unset):
            type = UNSET
        else:
            type = self.type.value

        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        entities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entities, Unset):
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type is not UNSET:
            field_dict["type"] = type
        if text is not UNSET:
            field_dict["text"] = text
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if entities is not UNSET:
            field_dict["entities"] = entities

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ConversationMessageCreateRequest:
            conversation_message_create_request = _new_instance(cls)
            _type_raw = d.pop("type", UNSET)
            if _type_raw is UNSET:
                conversation_message_create_request.type = UNSET
            else:
                try:
                    type = MessageType._value2member_map_[_type_raw]
                except (KeyError, TypeError):
                    type = MessageType(_type_raw)

                conversation_message_create_request.type = type

            conversation_message_create_request.text = d.pop("text", UNSET)

            conversation_message_create_request.name = d.pop("name", UNSET)

            conversation_message_create_request.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                conversation_message_create_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                conversation_message_create_request.meta = meta

            _entities = d.pop("entities", UNSET)
            entities: list[Entity] | Unset = UNSET
            if _entities is not UNSET:
                _parse_entities = Entity.from_dict
                entities = [_parse_entities(item) for item in _entities]

            conversation_message_create_request.entities = entities

            conversation_message_create_request.additional_properties = {**d} if d else {}
            return conversation_message_create_request

        _type_raw = d.get("type", UNSET)
        if _type_raw is UNSET:
            type = UNSET
        else:
            try:
                type = MessageType._value2member_map_[_type_raw]
            except (KeyError, TypeError):
                type = MessageType(_type_raw)

        text = d.get("text", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        _entities = d.get("entities", UNSET)
        entities: list[Entity] | Unset = UNSET
        if _entities is not UNSET:
            _parse_entities = Entity.from_dict
            entities = [_parse_entities(item) for item in _entities]

        conversation_message_create_request = cls(
            type,
            text,
            name,
            description,
            meta,
            entities,
        )

        if not _KNOWN_KEYS.issuperset(d):
            conversation_message_create_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return conversation_message_create_request

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
