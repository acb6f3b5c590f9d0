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
    from ..models.meta import Meta

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta
    from ..models.meta import Meta  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="CompleteMessageEventData")


_KNOWN_KEYS = frozenset(
    {
        "type",
        "text",
        "meta",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class CompleteMessageEventData:
    """
    Attributes:
        type (MessageType):
        text (str):
        meta (Meta | Unset):
    """

    type: MessageType
    text: str
    meta: Meta | Unset = UNSET
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

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type is not UNSET:
            field_dict["type"] = type
        if text is not UNSET:
            field_dict["text"] = text
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is CompleteMessageEventData:
            complete_message_event_data = _new_instance(cls)
            _type_raw = d.get("type", UNSET)
            if _type_raw is UNSET:
                complete_message_event_data.type = UNSET
            else:
                try:
                    type = MessageType._value2member_map_[_type_raw]
                except (KeyError, TypeError):
                    type = MessageType(_type_raw)

                complete_message_event_data.type = type

            complete_message_event_data.text = d.get("text", UNSET)

            _meta = d.get("meta", UNSET)
            if _meta is UNSET:
                complete_message_event_data.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                complete_message_event_data.meta = meta

            if (
                builtins.len(d)
                + (complete_message_event_data.type is UNSET)
                + (complete_message_event_data.text is UNSET)
                + (complete_message_event_data.meta is UNSET)
                > 3
            ):
                complete_message_event_data.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                complete_message_event_data.additional_properties = {}
            return complete_message_event_data

        _type_raw = d.get("type", UNSET)
        if _type_raw is UNSET:
            type = UNSET
        else:
            try:
                type = MessageType._value2member_map_[_type_raw]
            except (KeyError, TypeError):
                type = MessageType(_type_raw)

        text = d.get("text", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        complete_message_event_data = cls(
            type,
            text,
            meta,
        )

        if builtins.len(d) + (type is UNSET) + (text is UNSET) + (meta is UNSET) > 3:
            complete_message_event_data.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return complete_message_event_data

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
