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

T = TypeVar("T", bound="PartnerUserSessionCreateRequestConfig")


_KNOWN_KEYS = frozenset(
    {
        "allowedRoutes",
        "contactId",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PartnerUserSessionCreateRequestConfig:
    """
    Attributes:
        allowed_routes (list[str] | Unset):
        contact_id (str | Unset):
    """

    allowed_routes: list[str] | Unset = UNSET
    contact_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        allowed_routes: list[str] | Unset = UNSET
        if not isinstance(self.allowed_routes, Unset):
            allowed_routes = self.allowed_routes

        contact_id = self.contact_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if allowed_routes is not UNSET:
            field_dict["allowedRoutes"] = allowed_routes
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PartnerUserSessionCreateRequestConfig:
            partner_user_session_create_request_config = _new_instance(cls)
            allowed_routes = cast(list[str], d.get("allowedRoutes", UNSET))

            partner_user_session_create_request_config.allowed_routes = allowed_routes

            partner_user_session_create_request_config.contact_id = d.get("contactId", UNSET)

            if (
                builtins.len(d)
                + (partner_user_session_create_request_config.allowed_routes is UNSET)
                + (partner_user_session_create_request_config.contact_id is UNSET)
                > 2
            ):
                partner_user_session_create_request_config.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                partner_user_session_create_request_config.additional_properties = {}
            return partner_user_session_create_request_config

        allowed_routes = cast(list[str], d.get("allowedRoutes", UNSET))

        contact_id = d.get("contactId", UNSET)

        partner_user_session_create_request_config = cls(
            allowed_routes,
            contact_id,
        )

        if builtins.len(d) + (allowed_routes is UNSET) + (contact_id is UNSET) > 2:
            partner_user_session_create_request_config.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return partner_user_session_create_request_config

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
