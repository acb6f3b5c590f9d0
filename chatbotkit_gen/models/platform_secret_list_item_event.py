from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform_secret_list_item_event_type import (
    PlatformSecretListItemEventType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.platform_secret import PlatformSecret

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, PlatformSecret
    from ..models.platform_secret import PlatformSecret  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="PlatformSecretListItemEvent")


_KNOWN_KEYS = frozenset(
    {
        "type",
        "data",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PlatformSecretListItemEvent:
    """
    Attributes:
        type_ (PlatformSecretListItemEventType):
        data (PlatformSecret):
    """

    type_: PlatformSecretListItemEventType
    data: PlatformSecret
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_.value

        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if type(src_dict) is dict else dict(src_dict)
        _type__raw = d.get("type", UNSET)
        if _type__raw is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = PlatformSecretListItemEventType._value2member_map_[_type__raw]
            except (KeyError, TypeError):
                type_ = PlatformSecretListItemEventType(_type__raw)

        _data_raw = d.get("data", UNSET)
        if _data_raw is UNSET:
            data = UNSET
        else:
            data = PlatformSecret.from_dict(_data_raw)

        platform_secret_list_item_event = cls(
            type_,
            data,
        )

        if not _KNOWN_KEYS.issuperset(d):
            platform_secret_list_item_event.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return platform_secret_list_item_event

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
