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
    from ..models.partner_user_context_update_request_payload import (
        PartnerUserContextUpdateRequestPayload,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta, PartnerUserContextUpdateRequestPayload
    from ..models.meta import Meta  # noqa: PLC0415
    from ..models.partner_user_context_update_request_payload import (
        PartnerUserContextUpdateRequestPayload,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="PartnerUserContextUpdateRequest")


_KNOWN_KEYS = frozenset(
    {
        "name",
        "description",
        "meta",
        "payload",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PartnerUserContextUpdateRequest:
    """
    Attributes:
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        payload (PartnerUserContextUpdateRequestPayload | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    payload: PartnerUserContextUpdateRequestPayload | Unset = UNSET
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

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PartnerUserContextUpdateRequest:
            partner_user_context_update_request = _new_instance(cls)
            partner_user_context_update_request.name = d.get("name", UNSET)

            partner_user_context_update_request.description = d.get("description", UNSET)

            _meta = d.get("meta", UNSET)
            if _meta is UNSET:
                partner_user_context_update_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                partner_user_context_update_request.meta = meta

            _payload = d.get("payload", UNSET)
            if _payload is UNSET:
                partner_user_context_update_request.payload = UNSET
            else:
                payload = _new_instance(PartnerUserContextUpdateRequestPayload)
                payload.additional_properties = (
                    {**_payload} if builtins.type(_payload) is dict else dict(_payload)
                )
                partner_user_context_update_request.payload = payload

            if (
                builtins.len(d)
                + (partner_user_context_update_request.name is UNSET)
                + (partner_user_context_update_request.description is UNSET)
                + (partner_user_context_update_request.meta is UNSET)
                + (partner_user_context_update_request.payload is UNSET)
                > 4
            ):
                partner_user_context_update_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                partner_user_context_update_request.additional_properties = {}
            return partner_user_context_update_request

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        _payload = d.get("payload", UNSET)
        payload: PartnerUserContextUpdateRequestPayload | Unset
        if _payload is UNSET:
            payload = UNSET
        else:
            payload = PartnerUserContextUpdateRequestPayload.from_dict(_payload)

        partner_user_context_update_request = cls(
            name,
            description,
            meta,
            payload,
        )

        if (
            builtins.len(d)
            + (name is UNSET)
            + (description is UNSET)
            + (meta is UNSET)
            + (payload is UNSET)
            > 4
        ):
            partner_user_context_update_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return partner_user_context_update_request

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
