from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.complete_end import CompleteEnd
    from ..models.usage import Usage

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, CompleteEnd, Usage
    from ..models.complete_end import CompleteEnd  # noqa: PLC0415
    from ..models.usage import Usage  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="CompleteConversationResult")


_KNOWN_KEYS = frozenset(
    {
        "text",
        "usage",
        "end",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class CompleteConversationResult:
    """
    Attributes:
        text (str):
        usage (Usage):
        end (CompleteEnd):
    """

    text: str
    usage: Usage
    end: CompleteEnd
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage.to_dict()

        if isinstance(self.end, Unset):
            end = UNSET
        else:
            end = self.end.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not UNSET:
            field_dict["text"] = text
        if usage is not UNSET:
            field_dict["usage"] = usage
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is CompleteConversationResult:
            complete_conversation_result = _new_instance(cls)
            complete_conversation_result.text = d.get("text", UNSET)

            _usage_raw = d.get("usage", UNSET)
            if _usage_raw is UNSET:
                complete_conversation_result.usage = UNSET
            else:
                usage = Usage.from_dict(_usage_raw)

                complete_conversation_result.usage = usage

            _end_raw = d.get("end", UNSET)
            if _end_raw is UNSET:
                complete_conversation_result.end = UNSET
            else:
                end = CompleteEnd.from_dict(_end_raw)

                complete_conversation_result.end = end

            if (
                builtins.len(d)
                + (complete_conversation_result.text is UNSET)
                + (complete_conversation_result.usage is UNSET)
                + (complete_conversation_result.end is UNSET)
                > 3
            ):
                complete_conversation_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                complete_conversation_result.additional_properties = {}
            return complete_conversation_result

        text = d.get("text", UNSET)

        _usage_raw = d.get("usage", UNSET)
        if _usage_raw is UNSET:
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage_raw)

        _end_raw = d.get("end", UNSET)
        if _end_raw is UNSET:
            end = UNSET
        else:
            end = CompleteEnd.from_dict(_end_raw)

        complete_conversation_result = cls(
            text,
            usage,
            end,
        )

        if builtins.len(d) + (text is UNSET) + (usage is UNSET) + (end is UNSET) > 3:
            complete_conversation_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return complete_conversation_result

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
