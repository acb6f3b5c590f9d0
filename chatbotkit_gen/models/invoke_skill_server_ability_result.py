from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from typing import cast

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvokeSkillServerAbilityResult")


_KNOWN_KEYS = frozenset(
    {
        "result",
        "error",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class InvokeSkillServerAbilityResult:
    """
    Attributes:
        result (Any | Unset):
        error (None | str | Unset):
    """

    result: Any | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        result = self.result

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if result is not UNSET:
            field_dict["result"] = result
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is InvokeSkillServerAbilityResult:
            invoke_skill_server_ability_result = _new_instance(cls)
            invoke_skill_server_ability_result.result = d.get("result", UNSET)

            def _parse_error(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            error = _parse_error(d.get("error", UNSET))

            invoke_skill_server_ability_result.error = error

            if (
                builtins.len(d)
                + (invoke_skill_server_ability_result.result is UNSET)
                + (invoke_skill_server_ability_result.error is UNSET)
                > 2
            ):
                invoke_skill_server_ability_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                invoke_skill_server_ability_result.additional_properties = {}
            return invoke_skill_server_ability_result

        result = d.get("result", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.get("error", UNSET))

        invoke_skill_server_ability_result = cls(
            result,
            error,
        )

        if builtins.len(d) + (result is UNSET) + (error is UNSET) > 2:
            invoke_skill_server_ability_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return invoke_skill_server_ability_result

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
