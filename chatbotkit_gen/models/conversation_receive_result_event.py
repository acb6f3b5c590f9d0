from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from typing import Literal

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conversation_receive_result import ConversationReceiveResult

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, ConversationReceiveResult
    from ..models.conversation_receive_result import ConversationReceiveResult  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="ConversationReceiveResultEvent")


_KNOWN_KEYS = frozenset(
    {
        "type",
        "data",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ConversationReceiveResultEvent:
    """
    Attributes:
        type (Literal['result'] | Unset):
        data (ConversationReceiveResult | Unset):
    """

    type: Literal["result"] | Unset = UNSET
    data: ConversationReceiveResult | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        type = self.type

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type is not UNSET:
            field_dict["type"] = type
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ConversationReceiveResultEvent:
            conversation_receive_result_event = _new_instance(cls)
            type = d.get("type", UNSET)
            if type != "result" and not isinstance(type, Unset):
                raise ValueError(f"type must match const 'result', got '{type}'")
            conversation_receive_result_event.type = type

            _data = d.get("data", UNSET)
            data: ConversationReceiveResult | Unset
            if _data is UNSET:
                data = UNSET
            else:
                data = ConversationReceiveResult.from_dict(_data)

            conversation_receive_result_event.data = data

            if (
                builtins.len(d)
                + (conversation_receive_result_event.type is UNSET)
                + (conversation_receive_result_event.data is UNSET)
                > 2
            ):
                conversation_receive_result_event.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                conversation_receive_result_event.additional_properties = {}
            return conversation_receive_result_event

        type = d.get("type", UNSET)
        if type != "result" and not isinstance(type, Unset):
            raise ValueError(f"type must match const 'result', got '{type}'")

        _data = d.get("data", UNSET)
        data: ConversationReceiveResult | Unset
        if _data is UNSET:
            data = UNSET
        else:
            data = ConversationReceiveResult.from_dict(_data)

        conversation_receive_result_event = cls(
            type,
            data,
        )

        if builtins.len(d) + (type is UNSET) + (data is UNSET) > 2:
            conversation_receive_result_event.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return conversation_receive_result_event

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
