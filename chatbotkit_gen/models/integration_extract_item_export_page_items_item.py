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
    from ..models.integration_extract_item_export_page_items_item_data import (
        IntegrationExtractItemExportPageItemsItemData,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, IntegrationExtractItemExportPageItemsItemData
    from ..models.integration_extract_item_export_page_items_item_data import (
        IntegrationExtractItemExportPageItemsItemData,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="IntegrationExtractItemExportPageItemsItem")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "extractIntegrationId",
        "data",
        "conversationId",
        "createdAt",
        "updatedAt",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationExtractItemExportPageItemsItem:
    """
    Attributes:
        id (str):
        extract_integration_id (str):
        data (IntegrationExtractItemExportPageItemsItemData):
        conversation_id (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    id: str
    extract_integration_id: str
    data: IntegrationExtractItemExportPageItemsItemData
    conversation_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.extract_integration_id, Unset):
            extract_integration_id = UNSET
        else:
            extract_integration_id = self.extract_integration_id

        if isinstance(self.data, Unset):
            data = UNSET
        else:
            data = self.data.to_dict()

        conversation_id = self.conversation_id

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if extract_integration_id is not UNSET:
            field_dict["extractIntegrationId"] = extract_integration_id
        if data is not UNSET:
            field_dict["data"] = data
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationExtractItemExportPageItemsItem:
            integration_extract_item_export_page_items_item = _new_instance(cls)
            integration_extract_item_export_page_items_item.id = d.pop("id", UNSET)

            integration_extract_item_export_page_items_item.extract_integration_id = d.pop(
                "extractIntegrationId", UNSET
            )

            _data = d.pop("data", UNSET)
            if _data is UNSET:
                integration_extract_item_export_page_items_item.data = UNSET
            else:
                data = _new_instance(IntegrationExtractItemExportPageItemsItemData)
                data.additional_properties = (
                    {**_data} if builtins.type(_data) is dict else dict(_data)
                )
                integration_extract_item_export_page_items_item.data = data

            integration_extract_item_export_page_items_item.conversation_id = d.pop(
                "conversationId", UNSET
            )

            integration_extract_item_export_page_items_item.created_at = d.pop("createdAt", UNSET)

            integration_extract_item_export_page_items_item.updated_at = d.pop("updatedAt", UNSET)

            integration_extract_item_export_page_items_item.additional_properties = (
                {**d} if d else {}
            )
            return integration_extract_item_export_page_items_item

        id = d.get("id", UNSET)

        extract_integration_id = d.get("extractIntegrationId", UNSET)

        _data_raw = d.get("data", UNSET)
        if _data_raw is UNSET:
            data = UNSET
        else:
            data = IntegrationExtractItemExportPageItemsItemData.from_dict(_data_raw)

        conversation_id = d.get("conversationId", UNSET)

        created_at = d.get("createdAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        integration_extract_item_export_page_items_item = cls(
            id,
            extract_integration_id,
            data,
            conversation_id,
            created_at,
            updated_at,
        )

        if not _KNOWN_KEYS.issuperset(d):
            integration_extract_item_export_page_items_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_extract_item_export_page_items_item

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
