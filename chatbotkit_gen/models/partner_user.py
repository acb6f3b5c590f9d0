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
    from ..models.limits import Limits
    from ..models.meta import Meta

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Limits, Meta
    from ..models.limits import Limits  # noqa: PLC0415
    from ..models.meta import Meta  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="PartnerUser")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "name",
        "description",
        "meta",
        "image",
        "email",
        "limits",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PartnerUser:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        image (str | Unset):
        email (str | Unset):
        limits (Limits | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    image: str | Unset = UNSET
    email: str | Unset = UNSET
    limits: Limits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        image = self.image

        email = self.email

        limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.limits, Unset):
            limits = self.limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if image is not UNSET:
            field_dict["image"] = image
        if email is not UNSET:
            field_dict["email"] = email
        if limits is not UNSET:
            field_dict["limits"] = limits

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PartnerUser:
            partner_user = _new_instance(cls)
            partner_user.id = d.pop("id", UNSET)

            partner_user.created_at = d.pop("createdAt", UNSET)

            partner_user.updated_at = d.pop("updatedAt", UNSET)

            partner_user.name = d.pop("name", UNSET)

            partner_user.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                partner_user.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                partner_user.meta = meta

            partner_user.image = d.pop("image", UNSET)

            partner_user.email = d.pop("email", UNSET)

            _limits = d.pop("limits", UNSET)
            limits: Limits | Unset
            if _limits is UNSET:
                limits = UNSET
            else:
                limits = Limits.from_dict(_limits)

            partner_user.limits = limits

            partner_user.additional_properties = {**d} if d else {}
            return partner_user

        id = d.get("id", UNSET)

        created_at = d.get("createdAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        image = d.get("image", UNSET)

        email = d.get("email", UNSET)

        _limits = d.get("limits", UNSET)
        limits: Limits | Unset
        if _limits is UNSET:
            limits = UNSET
        else:
            limits = Limits.from_dict(_limits)

        partner_user = cls(
            id,
            created_at,
            updated_at,
            name,
            description,
            meta,
            image,
            email,
            limits,
        )

        if not _KNOWN_KEYS.issuperset(d):
            partner_user.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return partner_user

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
