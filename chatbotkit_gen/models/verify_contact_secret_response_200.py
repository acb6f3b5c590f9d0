from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verify_contact_secret_response_200_status import (
    VerifyContactSecretResponse200Status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.verify_contact_secret_response_200_action_option_1 import (
        VerifyContactSecretResponse200ActionOption1,
    )


T = TypeVar("T", bound="VerifyContactSecretResponse200")


@_attrs_define
class VerifyContactSecretResponse200:
    """
    Attributes:
        id (str):
        status (VerifyContactSecretResponse200Status):
        action (VerifyContactSecretResponse200ActionOption1 | Unset):
    """

    id: str
    status: VerifyContactSecretResponse200Status
    action: VerifyContactSecretResponse200ActionOption1 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verify_contact_secret_response_200_action_option_1 import (
            VerifyContactSecretResponse200ActionOption1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _id_raw = d.pop("id", UNSET)
        if isinstance(_id_raw, Unset):
            id = UNSET
        else:
            id = _id_raw

        _status_raw = d.pop("status", UNSET)
        if isinstance(_status_raw, Unset):
            status = UNSET
        else:
            status = VerifyContactSecretResponse200Status(_status_raw)

        _action = d.pop("action", UNSET)
        action: VerifyContactSecretResponse200ActionOption1 | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = VerifyContactSecretResponse200ActionOption1.from_dict(_action)

        verify_contact_secret_response_200 = cls(
            id=id,
            status=status,
            action=action,
        )

        verify_contact_secret_response_200.additional_properties = d
        return verify_contact_secret_response_200

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
