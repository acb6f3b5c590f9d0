from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from typing import Literal

if TYPE_CHECKING:
    from ..models.platform_tutorial_list_item import PlatformTutorialListItem

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, PlatformTutorialListItem
    from ..models.platform_tutorial_list_item import PlatformTutorialListItem  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="PlatformTutorialListItemEvent")


_KNOWN_KEYS = frozenset(
    {
        "type",
        "data",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PlatformTutorialListItemEvent:
    """
    Attributes:
        type (Literal['item']):
        data (PlatformTutorialListItem):
    """

    type: Literal["item"]
    data: PlatformTutorialListItem
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.type, Unset):
            type = UNSET
        else:
            type = self.type

        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type is not UNSET:
            field_dict["type"] = type
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PlatformTutorialListItemEvent:
            platform_tutorial_list_item_event = _new_instance(cls)
            _type_raw = d.get("type", UNSET)
            if _type_raw is UNSET:
                platform_tutorial_list_item_event.type = UNSET
            else:
                type = _type_raw
                if type != "item":
                    raise ValueError(f"type must match const 'item', got '{type}'")
                platform_tutorial_list_item_event.type = type

            _data_raw = d.get("data", UNSET)
            if _data_raw is UNSET:
                platform_tutorial_list_item_event.data = UNSET
            else:
                data = PlatformTutorialListItem.from_dict(_data_raw)

                platform_tutorial_list_item_event.data = data

            if (
                builtins.len(d)
                + (platform_tutorial_list_item_event.type is UNSET)
                + (platform_tutorial_list_item_event.data is UNSET)
                > 2
            ):
                platform_tutorial_list_item_event.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                platform_tutorial_list_item_event.additional_properties = {}
            return platform_tutorial_list_item_event

        _type_raw = d.get("type", UNSET)
        if _type_raw is UNSET:
            type = UNSET
        else:
            type = _type_raw
            if type != "item":
                raise ValueError(f"type must match const 'item', got '{type}'")

        _data_raw = d.get("data", UNSET)
        if _data_raw is UNSET:
            data = UNSET
        else:
            data = PlatformTutorialListItem.from_dict(_data_raw)

        platform_tutorial_list_item_event = cls(
            type,
            data,
        )

        if builtins.len(d) + (type is UNSET) + (data is UNSET) > 2:
            platform_tutorial_list_item_event.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return platform_tutorial_list_item_event

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
