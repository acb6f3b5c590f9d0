from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


from ..models.secret_kind import SecretKind
from ..models.secret_type import SecretType
from ..models.secret_visibility import SecretVisibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta
    from ..models.secret_create_request_config import SecretCreateRequestConfig

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta, SecretCreateRequestConfig
    from ..models.meta import Meta  # noqa: PLC0415
    from ..models.secret_create_request_config import SecretCreateRequestConfig  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="SecretCreateRequest")


_KNOWN_KEYS = frozenset(
    {
        "alias",
        "name",
        "description",
        "meta",
        "blueprintId",
        "kind",
        "type",
        "value",
        "config",
        "visibility",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class SecretCreateRequest:
    """
    Attributes:
        alias (str | Unset):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        blueprint_id (str | Unset):
        kind (SecretKind | Unset):
        type (SecretType | Unset):
        value (str | Unset):
        config (SecretCreateRequestConfig | Unset):
        visibility (SecretVisibility | Unset):
    """

    alias: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    kind: SecretKind | Unset = UNSET
    type: SecretType | Unset = UNSET
    value: str | Unset = UNSET
    config: SecretCreateRequestConfig | Unset = UNSET
    visibility: SecretVisibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        alias = self.alias

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        blueprint_id = self.blueprint_id

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        type: str | Unset = UNSET
        if not isinstance(self.type, Unset):
            type = self.type.value

        value = self.value

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if alias is not UNSET:
            field_dict["alias"] = alias
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if blueprint_id is not UNSET:
            field_dict["blueprintId"] = blueprint_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if type is not UNSET:
            field_dict["type"] = type
        if value is not UNSET:
            field_dict["value"] = value
        if config is not UNSET:
            field_dict["config"] = config
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is SecretCreateRequest:
            secret_create_request = _new_instance(cls)
            secret_create_request.alias = d.pop("alias", UNSET)

            secret_create_request.name = d.pop("name", UNSET)

            secret_create_request.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                secret_create_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                secret_create_request.meta = meta

            secret_create_request.blueprint_id = d.pop("blueprintId", UNSET)

            _kind = d.pop("kind", UNSET)
            kind: SecretKind | Unset
            if isinstance(_kind, Unset):
                kind = UNSET
            else:
                try:
                    kind = SecretKind._value2member_map_[_kind]
                except (KeyError, TypeError):
                    kind = SecretKind(_kind)

            secret_create_request.kind = kind

            _type = d.pop("type", UNSET)
            type: SecretType | Unset
            if isinstance(_type, Unset):
                type = UNSET
            else:
                try:
                    type = SecretType._value2member_map_[_type]
                except (KeyError, TypeError):
                    type = SecretType(_type)

            secret_create_request.type = type

            secret_create_request.value = d.pop("value", UNSET)

            _config = d.pop("config", UNSET)
            if _config is UNSET:
                secret_create_request.config = UNSET
            else:
                config = _new_instance(SecretCreateRequestConfig)
                config.additional_properties = (
                    {**_config} if builtins.type(_config) is dict else dict(_config)
                )
                secret_create_request.config = config

            _visibility = d.pop("visibility", UNSET)
            visibility: SecretVisibility | Unset
            if isinstance(_visibility, Unset):
                visibility = UNSET
            else:
                try:
                    visibility = SecretVisibility._value2member_map_[_visibility]
                except (KeyError, TypeError):
                    visibility = SecretVisibility(_visibility)

            secret_create_request.visibility = visibility

            secret_create_request.additional_properties = {**d} if d else {}
            return secret_create_request

        alias = d.get("alias", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        blueprint_id = d.get("blueprintId", UNSET)

        _kind = d.get("kind", UNSET)
        kind: SecretKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            try:
                kind = SecretKind._value2member_map_[_kind]
            except (KeyError, TypeError):
                kind = SecretKind(_kind)

        _type = d.get("type", UNSET)
        type: SecretType | Unset
        if isinstance(_type, Unset):
            type = UNSET
        else:
            try:
                type = SecretType._value2member_map_[_type]
            except (KeyError, TypeError):
                type = SecretType(_type)

        value = d.get("value", UNSET)

        _config = d.get("config", UNSET)
        config: SecretCreateRequestConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = SecretCreateRequestConfig.from_dict(_config)

        _visibility = d.get("visibility", UNSET)
        visibility: SecretVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            try:
                visibility = SecretVisibility._value2member_map_[_visibility]
            except (KeyError, TypeError):
                visibility = SecretVisibility(_visibility)

        secret_create_request = cls(
            alias,
            name,
            description,
            meta,
            blueprint_id,
            kind,
            type,
            value,
            config,
            visibility,
        )

        if not _KNOWN_KEYS.issuperset(d):
            secret_create_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return secret_create_request

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
