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
    from ..models.message import Message
    from ..models.usage import Usage

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Message, Usage
    from ..models.message import Message  # noqa: PLC0415
    from ..models.usage import Usage  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="SkillsetAbilityExecuteResult")


_KNOWN_KEYS = frozenset(
    {
        "usage",
        "error",
        "result",
        "messages",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class SkillsetAbilityExecuteResult:
    """
    Attributes:
        usage (Usage):
        error (str | Unset):
        result (Any | Unset):
        messages (list[Message] | Unset):
    """

    usage: Usage
    error: str | Unset = UNSET
    result: Any | Unset = UNSET
    messages: list[Message] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage.to_dict()

        error = self.error

        result = self.result

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if usage is not UNSET:
            field_dict["usage"] = usage
        if error is not UNSET:
            field_dict["error"] = error
        if result is not UNSET:
            field_dict["result"] = result
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is SkillsetAbilityExecuteResult:
            skillset_ability_execute_result = _new_instance(cls)
            _usage_raw = d.get("usage", UNSET)
            if _usage_raw is UNSET:
                skillset_ability_execute_result.usage = UNSET
            else:
                usage = Usage.from_dict(_usage_raw)

                skillset_ability_execute_result.usage = usage

            skillset_ability_execute_result.error = d.get("error", UNSET)

            skillset_ability_execute_result.result = d.get("result", UNSET)

            _messages = d.get("messages", UNSET)
            messages: list[Message] | Unset = UNSET
            if _messages is not UNSET:
                _parse_messages = Message.from_dict
                messages = [_parse_messages(item) for item in _messages]

            skillset_ability_execute_result.messages = messages

            if (
                builtins.len(d)
                + (skillset_ability_execute_result.usage is UNSET)
                + (skillset_ability_execute_result.error is UNSET)
                + (skillset_ability_execute_result.result is UNSET)
                + (skillset_ability_execute_result.messages is UNSET)
                > 4
            ):
                skillset_ability_execute_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                skillset_ability_execute_result.additional_properties = {}
            return skillset_ability_execute_result

        _usage_raw = d.get("usage", UNSET)
        if _usage_raw is UNSET:
            usage = UNSET
        else:
            usage = Usage.from_dict(_usage_raw)

        error = d.get("error", UNSET)

        result = d.get("result", UNSET)

        _messages = d.get("messages", UNSET)
        messages: list[Message] | Unset = UNSET
        if _messages is not UNSET:
            _parse_messages = Message.from_dict
            messages = [_parse_messages(item) for item in _messages]

        skillset_ability_execute_result = cls(
            usage,
            error,
            result,
            messages,
        )

        if (
            builtins.len(d)
            + (usage is UNSET)
            + (error is UNSET)
            + (result is UNSET)
            + (messages is UNSET)
            > 4
        ):
            skillset_ability_execute_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return skillset_ability_execute_result

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
