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


T = TypeVar("T", bound="SpaceSiteCreateRequest")


_KNOWN_KEYS = frozenset(
    {
        "domain",
        "alias",
        "name",
        "description",
        "meta",
        "prefix",
        "index",
        "notFound",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class SpaceSiteCreateRequest:
    """
    Attributes:
        domain (str):
        alias (str | Unset):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        prefix (str | Unset):
        index (str | Unset):  Default: 'index.html'.
        not_found (str | Unset):  Default: '404.html'.
    """

    domain: str
    alias: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    prefix: str | Unset = UNSET
    index: str | Unset = "index.html"
    not_found: str | Unset = "404.html"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        alias = self.alias

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        prefix = self.prefix

        index = self.index

        not_found = self.not_found

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if domain is not UNSET:
            field_dict["domain"] = domain
        if alias is not UNSET:
            field_dict["alias"] = alias
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if index is not UNSET:
            field_dict["index"] = index
        if not_found is not UNSET:
            field_dict["notFound"] = not_found

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is SpaceSiteCreateRequest:
            space_site_create_request = _new_instance(cls)
            space_site_create_request.domain = d.pop("domain", UNSET)

            space_site_create_request.alias = d.pop("alias", UNSET)

            space_site_create_request.name = d.pop("name", UNSET)

            space_site_create_request.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                space_site_create_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                space_site_create_request.meta = meta

            space_site_create_request.prefix = d.pop("prefix", UNSET)

            space_site_create_request.index = d.pop("index", UNSET)

            space_site_create_request.not_found = d.pop("notFound", UNSET)

            space_site_create_request.additional_properties = {**d} if d else {}
            return space_site_create_request

        domain = d.get("domain", UNSET)

        alias = d.get("alias", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        prefix = d.get("prefix", UNSET)

        index = d.get("index", UNSET)

        not_found = d.get("notFound", UNSET)

        space_site_create_request = cls(
            domain,
            alias,
            name,
            description,
            meta,
            prefix,
            index,
            not_found,
        )

        if not _KNOWN_KEYS.issuperset(d):
            space_site_create_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return space_site_create_request

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
