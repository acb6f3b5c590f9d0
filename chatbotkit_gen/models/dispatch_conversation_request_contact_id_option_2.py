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
    from ..models.dispatch_conversation_request_contact_id_option_2_meta import (
        DispatchConversationRequestContactIdOption2Meta,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, DispatchConversationRequestContactIdOption2Meta
    from ..models.dispatch_conversation_request_contact_id_option_2_meta import (
        DispatchConversationRequestContactIdOption2Meta,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="DispatchConversationRequestContactIdOption2")


_KNOWN_KEYS = frozenset(
    {
        "fingerprint",
        "name",
        "description",
        "email",
        "phone",
        "nick",
        "meta",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class DispatchConversationRequestContactIdOption2:
    """
    Attributes:
        fingerprint (str):
        name (str | Unset):
        description (str | Unset):
        email (str | Unset):
        phone (str | Unset):
        nick (str | Unset):
        meta (DispatchConversationRequestContactIdOption2Meta | Unset):
    """

    fingerprint: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    nick: str | Unset = UNSET
    meta: DispatchConversationRequestContactIdOption2Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.fingerprint, Unset):
            fingerprint = UNSET
        else:
            fingerprint = self.fingerprint

        name = self.name

        description = self.description

        email = self.email

        phone = self.phone

        nick = self.nick

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if nick is not UNSET:
            field_dict["nick"] = nick
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is DispatchConversationRequestContactIdOption2:
            dispatch_conversation_request_contact_id_option_2 = _new_instance(cls)
            dispatch_conversation_request_contact_id_option_2.fingerprint = d.pop(
                "fingerprint", UNSET
            )

            dispatch_conversation_request_contact_id_option_2.name = d.pop("name", UNSET)

            dispatch_conversation_request_contact_id_option_2.description = d.pop(
                "description", UNSET
            )

            dispatch_conversation_request_contact_id_option_2.email = d.pop("email", UNSET)

            dispatch_conversation_request_contact_id_option_2.phone = d.pop("phone", UNSET)

            dispatch_conversation_request_contact_id_option_2.nick = d.pop("nick", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                dispatch_conversation_request_contact_id_option_2.meta = UNSET
            else:
                meta = _new_instance(DispatchConversationRequestContactIdOption2Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                dispatch_conversation_request_contact_id_option_2.meta = meta

            dispatch_conversation_request_contact_id_option_2.additional_properties = (
                {**d} if d else {}
            )
            return dispatch_conversation_request_contact_id_option_2

        fingerprint = d.get("fingerprint", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        email = d.get("email", UNSET)

        phone = d.get("phone", UNSET)

        nick = d.get("nick", UNSET)

        _meta = d.get("meta", UNSET)
        meta: DispatchConversationRequestContactIdOption2Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = DispatchConversationRequestContactIdOption2Meta.from_dict(_meta)

        dispatch_conversation_request_contact_id_option_2 = cls(
            fingerprint,
            name,
            description,
            email,
            phone,
            nick,
            meta,
        )

        if not _KNOWN_KEYS.issuperset(d):
            dispatch_conversation_request_contact_id_option_2.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return dispatch_conversation_request_contact_id_option_2

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
