from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_blueprint_bulletin_response_200_bulletin import (
        CreateBlueprintBulletinResponse200Bulletin,
    )


T = TypeVar("T", bound="CreateBlueprintBulletinResponse200")


@_attrs_define
class CreateBlueprintBulletinResponse200:
    """
    Attributes:
        id (str):
        bulletin (CreateBlueprintBulletinResponse200Bulletin):
    """

    id: str
    bulletin: CreateBlueprintBulletinResponse200Bulletin
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_blueprint_bulletin_response_200_bulletin import (
            CreateBlueprintBulletinResponse200Bulletin,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _id_raw = d.pop("id", UNSET)
        if isinstance(_id_raw, Unset):
            id = UNSET
        else:
            id = _id_raw

        _bulletin_raw = d.pop("bulletin", UNSET)
        if isinstance(_bulletin_raw, Unset):
            bulletin = UNSET
        else:
            bulletin = CreateBlueprintBulletinResponse200Bulletin.from_dict(_bulletin_raw)

        create_blueprint_bulletin_response_200 = cls(
            id=id,
            bulletin=bulletin,
        )

        create_blueprint_bulletin_response_200.additional_properties = d
        return create_blueprint_bulletin_response_200

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
