from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


from ..models.secret_verify_result_status import SecretVerifyResultStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.secret_verify_result_action_option_1 import (
        SecretVerifyResultActionOption1,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, SecretVerifyResultActionOption1
    from ..models.secret_verify_result_action_option_1 import (
        SecretVerifyResultActionOption1,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="SecretVerifyResult")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "status",
        "action",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class SecretVerifyResult:
    """
    Attributes:
        id (str):
        status (SecretVerifyResultStatus):
        action (SecretVerifyResultActionOption1 | Unset):
    """

    id: str
    status: SecretVerifyResultStatus
    action: SecretVerifyResultActionOption1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status.value

        action: dict[str, Any] | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is SecretVerifyResult:
            secret_verify_result = _new_instance(cls)
            secret_verify_result.id = d.get("id", UNSET)

            _status_raw = d.get("status", UNSET)
            if _status_raw is UNSET:
                secret_verify_result.status = UNSET
            else:
                try:
                    status = SecretVerifyResultStatus._value2member_map_[_status_raw]
                except (KeyError, TypeError):
                    status = SecretVerifyResultStatus(_status_raw)

                secret_verify_result.status = status

            _action = d.get("action", UNSET)
            action: SecretVerifyResultActionOption1 | Unset
            if _action is UNSET:
                action = UNSET
            else:
                action = SecretVerifyResultActionOption1.from_dict(_action)

            secret_verify_result.action = action

            if (
                builtins.len(d)
                + (secret_verify_result.id is UNSET)
                + (secret_verify_result.status is UNSET)
                + (secret_verify_result.action is UNSET)
                > 3
            ):
                secret_verify_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                secret_verify_result.additional_properties = {}
            return secret_verify_result

        id = d.get("id", UNSET)

        _status_raw = d.get("status", UNSET)
        if _status_raw is UNSET:
            status = UNSET
        else:
            try:
                status = SecretVerifyResultStatus._value2member_map_[_status_raw]
            except (KeyError, TypeError):
                status = SecretVerifyResultStatus(_status_raw)

        _action = d.get("action", UNSET)
        action: SecretVerifyResultActionOption1 | Unset
        if _action is UNSET:
            action = UNSET
        else:
            action = SecretVerifyResultActionOption1.from_dict(_action)

        secret_verify_result = cls(
            id,
            status,
            action,
        )

        if builtins.len(d) + (id is UNSET) + (status is UNSET) + (action is UNSET) > 3:
            secret_verify_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return secret_verify_result

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
