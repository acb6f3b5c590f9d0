from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta
    from ..models.search_platform_abilities_response_200_items_item_schema import (
        SearchPlatformAbilitiesResponse200ItemsItemSchema,
    )


T = TypeVar("T", bound="SearchPlatformAbilitiesResponse200ItemsItem")


@_attrs_define
class SearchPlatformAbilitiesResponse200ItemsItem:
    """
    Attributes:
        name (str):
        description (str):
        id (str):
        created_at (float):
        updated_at (float):
        instruction (str):
        schema (SearchPlatformAbilitiesResponse200ItemsItemSchema):
        icon (str):
        score (float):
        excerpt (str):
        meta (Meta | Unset):
        template (str | Unset):
        bot (str | Unset):
        file (str | Unset):
        secret (str | Unset):
        space (str | Unset):
        provider (str | Unset):
        tags (list[str] | Unset):
        setup (str | Unset):
        commentary (str | Unset):
        link (str | Unset):
    """

    name: str
    description: str
    id: str
    created_at: float
    updated_at: float
    instruction: str
    schema: SearchPlatformAbilitiesResponse200ItemsItemSchema
    icon: str
    score: float
    excerpt: str
    meta: Meta | Unset = UNSET
    template: str | Unset = UNSET
    bot: str | Unset = UNSET
    file: str | Unset = UNSET
    secret: str | Unset = UNSET
    space: str | Unset = UNSET
    provider: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    setup: str | Unset = UNSET
    commentary: str | Unset = UNSET
    link: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at

        instruction = self.instruction

        schema = self.schema.to_dict()

        icon = self.icon

        score = self.score

        excerpt = self.excerpt

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        template = self.template

        bot = self.bot

        file = self.file

        secret = self.secret

        space = self.space

        provider = self.provider

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        setup = self.setup

        commentary = self.commentary

        link = self.link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "id": id,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "instruction": instruction,
                "schema": schema,
                "icon": icon,
                "score": score,
                "excerpt": excerpt,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta
        if template is not UNSET:
            field_dict["template"] = template
        if bot is not UNSET:
            field_dict["bot"] = bot
        if file is not UNSET:
            field_dict["file"] = file
        if secret is not UNSET:
            field_dict["secret"] = secret
        if space is not UNSET:
            field_dict["space"] = space
        if provider is not UNSET:
            field_dict["provider"] = provider
        if tags is not UNSET:
            field_dict["tags"] = tags
        if setup is not UNSET:
            field_dict["setup"] = setup
        if commentary is not UNSET:
            field_dict["commentary"] = commentary
        if link is not UNSET:
            field_dict["link"] = link

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.meta import Meta  # noqa: PLC0415
        from ..models.search_platform_abilities_response_200_items_item_schema import (
            SearchPlatformAbilitiesResponse200ItemsItemSchema,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description")

        id = d.pop("id")

        created_at = d.pop("createdAt")

        updated_at = d.pop("updatedAt")

        instruction = d.pop("instruction")

        schema = SearchPlatformAbilitiesResponse200ItemsItemSchema.from_dict(d.pop("schema"))

        icon = d.pop("icon")

        score = d.pop("score")

        excerpt = d.pop("excerpt")

        _meta = d.pop("meta", UNSET)
        meta: Meta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        template = d.pop("template", UNSET)

        bot = d.pop("bot", UNSET)

        file = d.pop("file", UNSET)

        secret = d.pop("secret", UNSET)

        space = d.pop("space", UNSET)

        provider = d.pop("provider", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        setup = d.pop("setup", UNSET)

        commentary = d.pop("commentary", UNSET)

        link = d.pop("link", UNSET)

        search_platform_abilities_response_200_items_item = cls(
            name=name,
            description=description,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            instruction=instruction,
            schema=schema,
            icon=icon,
            score=score,
            excerpt=excerpt,
            meta=meta,
            template=template,
            bot=bot,
            file=file,
            secret=secret,
            space=space,
            provider=provider,
            tags=tags,
            setup=setup,
            commentary=commentary,
            link=link,
        )

        search_platform_abilities_response_200_items_item.additional_properties = d
        return search_platform_abilities_response_200_items_item

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
