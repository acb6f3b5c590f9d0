from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.entity import Entity

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Entity
    from ..models.entity import Entity  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="ConversationSendResult")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "entities",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ConversationSendResult:
    """
    Attributes:
        id (str):
        entities (list[Entity]):
    """

    id: str
    entities: list[Entity]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.entities, Unset):
            entities = UNSET
        else:
            entities = []
            for entities_item_data in self.entities:
                entities_item = entities_item_data.to_dict()
                entities.append(entities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if entities is not UNSET:
            field_dict["entities"] = entities

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ConversationSendResult:
            conversation_send_result = _new_instance(cls)
            conversation_send_result.id = d.get("id", UNSET)

            _entities_raw = d.get("entities", UNSET)
            if _entities_raw is UNSET:
                conversation_send_result.entities = UNSET
            else:
                _entities = _entities_raw
                _parse_entities = Entity.from_dict
                entities = [_parse_entities(item) for item in _entities]

                conversation_send_result.entities = entities

            if (
                builtins.len(d)
                + (conversation_send_result.id is UNSET)
                + (conversation_send_result.entities is UNSET)
                > 2
            ):
                conversation_send_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                conversation_send_result.additional_properties = {}
            return conversation_send_result

        id = d.get("id", UNSET)

        _entities_raw = d.get("entities", UNSET)
        if _entities_raw is UNSET:
            entities = UNSET
        else:
            _entities = _entities_raw
            _parse_entities = Entity.from_dict
            entities = [_parse_entities(item) for item in _entities]

        conversation_send_result = cls(
            id,
            entities,
        )

        if builtins.len(d) + (id is UNSET) + (entities is UNSET) > 2:
            conversation_send_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return conversation_send_result

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
