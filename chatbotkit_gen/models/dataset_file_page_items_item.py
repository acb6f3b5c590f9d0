from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


from ..models.file_visibility import FileVisibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta
    from ..models.meta import Meta  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="DatasetFilePageItemsItem")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "name",
        "description",
        "meta",
        "visibility",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class DatasetFilePageItemsItem:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        visibility (FileVisibility | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    visibility: FileVisibility | Unset = UNSET
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

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

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
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is DatasetFilePageItemsItem:
            dataset_file_page_items_item = _new_instance(cls)
            dataset_file_page_items_item.id = d.pop("id", UNSET)

            dataset_file_page_items_item.created_at = d.pop("createdAt", UNSET)

            dataset_file_page_items_item.updated_at = d.pop("updatedAt", UNSET)

            dataset_file_page_items_item.name = d.pop("name", UNSET)

            dataset_file_page_items_item.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                dataset_file_page_items_item.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                dataset_file_page_items_item.meta = meta

            _visibility = d.pop("visibility", UNSET)
            visibility: FileVisibility | Unset
            if isinstance(_visibility, Unset):
                visibility = UNSET
            else:
                try:
                    visibility = FileVisibility._value2member_map_[_visibility]
                except (KeyError, TypeError):
                    visibility = FileVisibility(_visibility)

            dataset_file_page_items_item.visibility = visibility

            dataset_file_page_items_item.additional_properties = {**d} if d else {}
            return dataset_file_page_items_item

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

        _visibility = d.get("visibility", UNSET)
        visibility: FileVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            try:
                visibility = FileVisibility._value2member_map_[_visibility]
            except (KeyError, TypeError):
                visibility = FileVisibility(_visibility)

        dataset_file_page_items_item = cls(
            id,
            created_at,
            updated_at,
            name,
            description,
            meta,
            visibility,
        )

        if not _KNOWN_KEYS.issuperset(d):
            dataset_file_page_items_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return dataset_file_page_items_item

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
