from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_extract_integration_items_response_200_items_item_data import (
        ListExtractIntegrationItemsResponse200ItemsItemData,
    )


T = TypeVar("T", bound="ListExtractIntegrationItemsResponse200ItemsItem")


@_attrs_define
class ListExtractIntegrationItemsResponse200ItemsItem:
    """
    Attributes:
        id (str):
        extract_integration_id (str):
        data (ListExtractIntegrationItemsResponse200ItemsItemData):
        conversation_id (str | Unset):
        created_at (str | Unset):
        updated_at (str | Unset):
    """

    id: str
    extract_integration_id: str
    data: ListExtractIntegrationItemsResponse200ItemsItemData
    conversation_id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_extract_integration_items_response_200_items_item_data import (
            ListExtractIntegrationItemsResponse200ItemsItemData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _id_raw = d.pop("id", UNSET)
        if isinstance(_id_raw, Unset):
            id = UNSET
        else:
            id = _id_raw

        _extract_integration_id_raw = d.pop("extractIntegrationId", UNSET)
        if isinstance(_extract_integration_id_raw, Unset):
            extract_integration_id = UNSET
        else:
            extract_integration_id = _extract_integration_id_raw

        _data_raw = d.pop("data", UNSET)
        if isinstance(_data_raw, Unset):
            data = UNSET
        else:
            data = ListExtractIntegrationItemsResponse200ItemsItemData.from_dict(_data_raw)

        conversation_id = d.pop("conversationId", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        list_extract_integration_items_response_200_items_item = cls(
            id=id,
            extract_integration_id=extract_integration_id,
            data=data,
            conversation_id=conversation_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        list_extract_integration_items_response_200_items_item.additional_properties = d
        return list_extract_integration_items_response_200_items_item

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
