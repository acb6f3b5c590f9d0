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
    from ..models.meta import Meta

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta
    from ..models.meta import Meta  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="MemoryCreateRequest")


_KNOWN_KEYS = frozenset(
    {
        "text",
        "name",
        "description",
        "meta",
        "contactId",
        "botId",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class MemoryCreateRequest:
    """
    Attributes:
        text (str):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        contact_id (str | Unset):
        bot_id (str | Unset):
    """

    text: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    contact_id: str | Unset = UNSET
    bot_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        contact_id = self.contact_id

        bot_id = self.bot_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if text is not UNSET:
            field_dict["text"] = text
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is MemoryCreateRequest:
            memory_create_request = _new_instance(cls)
            memory_create_request.text = d.pop("text", UNSET)

            memory_create_request.name = d.pop("name", UNSET)

            memory_create_request.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                memory_create_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                memory_create_request.meta = meta

            memory_create_request.contact_id = d.pop("contactId", UNSET)

            memory_create_request.bot_id = d.pop("botId", UNSET)

            memory_create_request.additional_properties = {**d} if d else {}
            return memory_create_request

        text = d.get("text", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        contact_id = d.get("contactId", UNSET)

        bot_id = d.get("botId", UNSET)

        memory_create_request = cls(
            text,
            name,
            description,
            meta,
            contact_id,
            bot_id,
        )

        if not _KNOWN_KEYS.issuperset(d):
            memory_create_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return memory_create_request

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
