from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fetch_platform_example_response_200_type import (
    FetchPlatformExampleResponse200Type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fetch_platform_example_response_200_config import (
        FetchPlatformExampleResponse200Config,
    )


T = TypeVar("T", bound="FetchPlatformExampleResponse200")


@_attrs_define
class FetchPlatformExampleResponse200:
    """
    Attributes:
        id (str):
        name (str):
        description (str):
        type_ (FetchPlatformExampleResponse200Type):
        config (FetchPlatformExampleResponse200Config):
        link (str):
        tags (list[str] | Unset):
        created_at (float | Unset):
        updated_at (float | Unset):
    """

    id: str
    name: str
    description: str
    type_: FetchPlatformExampleResponse200Type
    config: FetchPlatformExampleResponse200Config
    link: str
    tags: list[str] | Unset = UNSET
    created_at: float | Unset = UNSET
    updated_at: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        type_ = self.type_.value

        config = self.config.to_dict()

        link = self.link

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "type": type_,
                "config": config,
                "link": link,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fetch_platform_example_response_200_config import (
            FetchPlatformExampleResponse200Config,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        type_ = FetchPlatformExampleResponse200Type(d.pop("type"))

        config = FetchPlatformExampleResponse200Config.from_dict(d.pop("config"))

        link = d.pop("link")

        tags = cast(list[str], d.pop("tags", UNSET))

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        fetch_platform_example_response_200 = cls(
            id=id,
            name=name,
            description=description,
            type_=type_,
            config=config,
            link=link,
            tags=tags,
            created_at=created_at,
            updated_at=updated_at,
        )

        fetch_platform_example_response_200.additional_properties = d
        return fetch_platform_example_response_200

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
