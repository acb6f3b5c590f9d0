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
    from ..models.invoke_skill_server_ability_request_input import (
        InvokeSkillServerAbilityRequestInput,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, InvokeSkillServerAbilityRequestInput
    from ..models.invoke_skill_server_ability_request_input import (
        InvokeSkillServerAbilityRequestInput,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="InvokeSkillServerAbilityRequest")


_KNOWN_KEYS = frozenset(
    {
        "ability",
        "input",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class InvokeSkillServerAbilityRequest:
    """
    Attributes:
        ability (str):
        input_ (InvokeSkillServerAbilityRequestInput | Unset):
    """

    ability: str
    input_: InvokeSkillServerAbilityRequestInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.ability, Unset):
            ability = UNSET
        else:
            ability = self.ability

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ability is not UNSET:
            field_dict["ability"] = ability
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is InvokeSkillServerAbilityRequest:
            invoke_skill_server_ability_request = _new_instance(cls)
            invoke_skill_server_ability_request.ability = d.get("ability", UNSET)

            _input_ = d.get("input", UNSET)
            if _input_ is UNSET:
                invoke_skill_server_ability_request.input_ = UNSET
            else:
                input_ = _new_instance(InvokeSkillServerAbilityRequestInput)
                input_.additional_properties = (
                    {**_input_} if builtins.type(_input_) is dict else dict(_input_)
                )
                invoke_skill_server_ability_request.input_ = input_

            if (
                builtins.len(d)
                + (invoke_skill_server_ability_request.ability is UNSET)
                + (invoke_skill_server_ability_request.input_ is UNSET)
                > 2
            ):
                invoke_skill_server_ability_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                invoke_skill_server_ability_request.additional_properties = {}
            return invoke_skill_server_ability_request

        ability = d.get("ability", UNSET)

        _input_ = d.get("input", UNSET)
        input_: InvokeSkillServerAbilityRequestInput | Unset
        if _input_ is UNSET:
            input_ = UNSET
        else:
            input_ = InvokeSkillServerAbilityRequestInput.from_dict(_input_)

        invoke_skill_server_ability_request = cls(
            ability,
            input_,
        )

        if builtins.len(d) + (ability is UNSET) + (input_ is UNSET) > 2:
            invoke_skill_server_ability_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return invoke_skill_server_ability_request

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
