from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillsetAbilityExecuteRequest")


_KNOWN_KEYS = frozenset(
    {
        "input",
        "contactId",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class SkillsetAbilityExecuteRequest:
    """
    Attributes:
        input_ (str | Unset):
        contact_id (str | Unset):
    """

    input_: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        contact_id = self.contact_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if input_ is not UNSET:
            field_dict["input"] = input_
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is SkillsetAbilityExecuteRequest:
            skillset_ability_execute_request = _new_instance(cls)
            skillset_ability_execute_request.input_ = d.get("input", UNSET)

            skillset_ability_execute_request.contact_id = d.get("contactId", UNSET)

            if (
                builtins.len(d)
                + (skillset_ability_execute_request.input_ is UNSET)
                + (skillset_ability_execute_request.contact_id is UNSET)
                > 2
            ):
                skillset_ability_execute_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                skillset_ability_execute_request.additional_properties = {}
            return skillset_ability_execute_request

        input_ = d.get("input", UNSET)

        contact_id = d.get("contactId", UNSET)

        skillset_ability_execute_request = cls(
            input_,
            contact_id,
        )

        if builtins.len(d) + (input_ is UNSET) + (contact_id is UNSET) > 2:
            skillset_ability_execute_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return skillset_ability_execute_request

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
