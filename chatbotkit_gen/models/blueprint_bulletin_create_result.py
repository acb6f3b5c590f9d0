from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.blueprint_bulletin_create_result_bulletin import (
        BlueprintBulletinCreateResultBulletin,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, BlueprintBulletinCreateResultBulletin
    from ..models.blueprint_bulletin_create_result_bulletin import (
        BlueprintBulletinCreateResultBulletin,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="BlueprintBulletinCreateResult")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "bulletin",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class BlueprintBulletinCreateResult:
    """
    Attributes:
        id (str):
        bulletin (BlueprintBulletinCreateResultBulletin):
    """

    id: str
    bulletin: BlueprintBulletinCreateResultBulletin
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.bulletin, Unset):
            bulletin = UNSET
        else:
            bulletin = self.bulletin.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if bulletin is not UNSET:
            field_dict["bulletin"] = bulletin

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is BlueprintBulletinCreateResult:
            blueprint_bulletin_create_result = _new_instance(cls)
            blueprint_bulletin_create_result.id = d.get("id", UNSET)

            _bulletin_raw = d.get("bulletin", UNSET)
            if _bulletin_raw is UNSET:
                blueprint_bulletin_create_result.bulletin = UNSET
            else:
                bulletin = BlueprintBulletinCreateResultBulletin.from_dict(_bulletin_raw)

                blueprint_bulletin_create_result.bulletin = bulletin

            if (
                builtins.len(d)
                + (blueprint_bulletin_create_result.id is UNSET)
                + (blueprint_bulletin_create_result.bulletin is UNSET)
                > 2
            ):
                blueprint_bulletin_create_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                blueprint_bulletin_create_result.additional_properties = {}
            return blueprint_bulletin_create_result

        id = d.get("id", UNSET)

        _bulletin_raw = d.get("bulletin", UNSET)
        if _bulletin_raw is UNSET:
            bulletin = UNSET
        else:
            bulletin = BlueprintBulletinCreateResultBulletin.from_dict(_bulletin_raw)

        blueprint_bulletin_create_result = cls(
            id,
            bulletin,
        )

        if builtins.len(d) + (id is UNSET) + (bulletin is UNSET) > 2:
            blueprint_bulletin_create_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return blueprint_bulletin_create_result

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
