from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.secret_kind import SecretKind
from ..models.secret_type import SecretType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta
    from ..models.platform_secret_list_item_config import PlatformSecretListItemConfig


T = TypeVar("T", bound="PlatformSecretListItem")


@_attrs_define
class PlatformSecretListItem:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        type_ (SecretType):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        template (str | Unset):
        kind (SecretKind | Unset):
        config (PlatformSecretListItemConfig | Unset):
        icon (str | Unset):
        tags (list[str] | Unset):
        setup (str | Unset):
        commentary (str | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    type_: SecretType
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    template: str | Unset = UNSET
    kind: SecretKind | Unset = UNSET
    config: PlatformSecretListItemConfig | Unset = UNSET
    icon: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    setup: str | Unset = UNSET
    commentary: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_.value

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        template = self.template

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        icon = self.icon

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        setup = self.setup

        commentary = self.commentary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if template is not UNSET:
            field_dict["template"] = template
        if kind is not UNSET:
            field_dict["kind"] = kind
        if config is not UNSET:
            field_dict["config"] = config
        if icon is not UNSET:
            field_dict["icon"] = icon
        if tags is not UNSET:
            field_dict["tags"] = tags
        if setup is not UNSET:
            field_dict["setup"] = setup
        if commentary is not UNSET:
            field_dict["commentary"] = commentary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta import Meta  # noqa: PLC0415
        from ..models.platform_secret_list_item_config import (
            PlatformSecretListItemConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _id_raw = d.pop("id", UNSET)
        if isinstance(_id_raw, Unset):
            id = UNSET
        else:
            id = _id_raw

        _created_at_raw = d.pop("createdAt", UNSET)
        if isinstance(_created_at_raw, Unset):
            created_at = UNSET
        else:
            created_at = _created_at_raw

        _updated_at_raw = d.pop("updatedAt", UNSET)
        if isinstance(_updated_at_raw, Unset):
            updated_at = UNSET
        else:
            updated_at = _updated_at_raw

        _type__raw = d.pop("type", UNSET)
        if isinstance(_type__raw, Unset):
            type_ = UNSET
        else:
            type_ = SecretType(_type__raw)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        template = d.pop("template", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: SecretKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = SecretKind(_kind)

        _config = d.pop("config", UNSET)
        config: PlatformSecretListItemConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = PlatformSecretListItemConfig.from_dict(_config)

        icon = d.pop("icon", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        setup = d.pop("setup", UNSET)

        commentary = d.pop("commentary", UNSET)

        platform_secret_list_item = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            type_=type_,
            name=name,
            description=description,
            meta=meta,
            template=template,
            kind=kind,
            config=config,
            icon=icon,
            tags=tags,
            setup=setup,
            commentary=commentary,
        )

        platform_secret_list_item.additional_properties = d
        return platform_secret_list_item

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
