from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="BlueprintBulletinCreateResultBulletin")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "text",
        "createdAt",
        "expiresAt",
        "author",
        "botId",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class BlueprintBulletinCreateResultBulletin:
    """
    Attributes:
        id (str):
        text (str):
        created_at (float):
        expires_at (float):
        author (str | Unset):
        bot_id (str | Unset):
    """

    id: str
    text: str
    created_at: float
    expires_at: float
    author: str | Unset = UNSET
    bot_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        author = self.author

        bot_id = self.bot_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if text is not UNSET:
            field_dict["text"] = text
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if expires_at is not UNSET:
            field_dict["expiresAt"] = expires_at
        if author is not UNSET:
            field_dict["author"] = author
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is BlueprintBulletinCreateResultBulletin:
            blueprint_bulletin_create_result_bulletin = _new_instance(cls)
            blueprint_bulletin_create_result_bulletin.id = d.pop("id", UNSET)

            blueprint_bulletin_create_result_bulletin.text = d.pop("text", UNSET)

            blueprint_bulletin_create_result_bulletin.created_at = d.pop("createdAt", UNSET)

            blueprint_bulletin_create_result_bulletin.expires_at = d.pop("expiresAt", UNSET)

            blueprint_bulletin_create_result_bulletin.author = d.pop("author", UNSET)

            blueprint_bulletin_create_result_bulletin.bot_id = d.pop("botId", UNSET)

            blueprint_bulletin_create_result_bulletin.additional_properties = {**d} if d else {}
            return blueprint_bulletin_create_result_bulletin

        id = d.get("id", UNSET)

        text = d.get("text", UNSET)

        created_at = d.get("createdAt", UNSET)

        expires_at = d.get("expiresAt", UNSET)

        author = d.get("author", UNSET)

        bot_id = d.get("botId", UNSET)

        blueprint_bulletin_create_result_bulletin = cls(
            id,
            text,
            created_at,
            expires_at,
            author,
            bot_id,
        )

        if not _KNOWN_KEYS.issuperset(d):
            blueprint_bulletin_create_result_bulletin.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return blueprint_bulletin_create_result_bulletin

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
