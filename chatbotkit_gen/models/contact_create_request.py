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
    from ..models.meta import Meta

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta
    from ..models.meta import Meta  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="ContactCreateRequest")


_KNOWN_KEYS = frozenset(
    {
        "name",
        "description",
        "meta",
        "fingerprint",
        "email",
        "phone",
        "nick",
        "preferences",
        "verifiedAt",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ContactCreateRequest:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        fingerprint (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        nick (str | Unset):
        preferences (str | Unset):
        verified_at (float | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    fingerprint: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    nick: str | Unset = UNSET
    preferences: str | Unset = UNSET
    verified_at: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        fingerprint = self.fingerprint

        email = self.email

        phone = self.phone

        nick = self.nick

        preferences = self.preferences

        verified_at = self.verified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if nick is not UNSET:
            field_dict["nick"] = nick
        if preferences is not UNSET:
            field_dict["preferences"] = preferences
        if verified_at is not UNSET:
            field_dict["verifiedAt"] = verified_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ContactCreateRequest:
            contact_create_request = _new_instance(cls)
            contact_create_request.name = d.pop("name", UNSET)

            contact_create_request.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                contact_create_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                contact_create_request.meta = meta

            contact_create_request.fingerprint = d.pop("fingerprint", UNSET)

            contact_create_request.email = d.pop("email", UNSET)

            contact_create_request.phone = d.pop("phone", UNSET)

            contact_create_request.nick = d.pop("nick", UNSET)

            contact_create_request.preferences = d.pop("preferences", UNSET)

            contact_create_request.verified_at = d.pop("verifiedAt", UNSET)

            contact_create_request.additional_properties = {**d} if d else {}
            return contact_create_request

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        fingerprint = d.get("fingerprint", UNSET)

        email = d.get("email", UNSET)

        phone = d.get("phone", UNSET)

        nick = d.get("nick", UNSET)

        preferences = d.get("preferences", UNSET)

        verified_at = d.get("verifiedAt", UNSET)

        contact_create_request = cls(
            name,
            description,
            meta,
            fingerprint,
            email,
            phone,
            nick,
            preferences,
            verified_at,
        )

        if not _KNOWN_KEYS.issuperset(d):
            contact_create_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return contact_create_request

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
