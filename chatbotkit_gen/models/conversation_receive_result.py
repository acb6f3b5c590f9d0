from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.usage import Usage

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Usage
    from ..models.usage import Usage  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="ConversationReceiveResult")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "text",
        "usage",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ConversationReceiveResult:
    """
    Attributes:
        id (str):
        text (str):
        usage (Usage):
    """

    id: str
    text: str
    usage: Usage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if text is not UNSET:
            field_dict["text"] = text
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ConversationReceiveResult:
            conversation_receive_result = _new_instance(cls)
            conversation_receive_result.id = d.get("id", UNSET)

            conversation_receive_result.text = d.get("text", UNSET)

            _usage_raw = d.get("usage", UNSET)
            if _usage_raw is UNSET:
                conversation_receive_result.usage = UNSET
            else:
                usage = Usage.from_dict(_usage_raw)

                conversation_receive_result.usage = usage

            if (
                builtins.len(d)
                + (conversation_receive_result.id is UNSET)
                + (conversation_receive_result.text is UNSET)
                + (conversation_receive_result.usage is UNSET)
                > 3
            ):
                conversation_receive_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                conversation_receive_result.additional_properties = {}
            return conversation_receive_result

        id = d.get("id", UNSET)

        text = d.get("text", UNSET)

        _usage_raw = d.get("usage", UNSET)
        if _usage_raw is UNSET:
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage_raw)

        conversation_receive_result = cls(
            id,
            text,
            usage,
        )

        if builtins.len(d) + (id is UNSET) + (text is UNSET) + (usage is UNSET) > 3:
            conversation_receive_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return conversation_receive_result

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
