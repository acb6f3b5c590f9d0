from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


from ..models.policy_type import PolicyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta
    from ..models.policy_create_request_config import PolicyCreateRequestConfig

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta, PolicyCreateRequestConfig
    from ..models.meta import Meta  # noqa: PLC0415
    from ..models.policy_create_request_config import PolicyCreateRequestConfig  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="PolicyCreateRequest")


_KNOWN_KEYS = frozenset(
    {
        "type",
        "alias",
        "name",
        "description",
        "meta",
        "blueprintId",
        "botId",
        "config",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PolicyCreateRequest:
    """
    Attributes:
        type (PolicyType):
        alias (str | Unset):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        blueprint_id (str | Unset):
        bot_id (str | Unset):
        config (PolicyCreateRequestConfig | Unset):
    """

    type: PolicyType
    alias: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    bot_id: str | Unset = UNSET
    config: PolicyCreateRequestConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.type, Unset):
            type = UNSET
        else:
            type = self.type.value

        alias = self.alias

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        blueprint_id = self.blueprint_id

        bot_id = self.bot_id

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type is not UNSET:
            field_dict["type"] = type
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
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PolicyCreateRequest:
            policy_create_request = _new_instance(cls)
            _type_raw = d.pop("type", UNSET)
            if _type_raw is UNSET:
                policy_create_request.type = UNSET
            else:
                try:
                    type = PolicyType._value2member_map_[_type_raw]
                except (KeyError, TypeError):
                    type = PolicyType(_type_raw)

                policy_create_request.type = type

            policy_create_request.alias = d.pop("alias", UNSET)

            policy_create_request.name = d.pop("name", UNSET)

            policy_create_request.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                policy_create_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                policy_create_request.meta = meta

            policy_create_request.blueprint_id = d.pop("blueprintId", UNSET)

            policy_create_request.bot_id = d.pop("botId", UNSET)

            _config = d.pop("config", UNSET)
            if _config is UNSET:
                policy_create_request.config = UNSET
            else:
                config = _new_instance(PolicyCreateRequestConfig)
                config.additional_properties = (
                    {**_config} if builtins.type(_config) is dict else dict(_config)
                )
                policy_create_request.config = config

            policy_create_request.additional_properties = {**d} if d else {}
            return policy_create_request

        _type_raw = d.get("type", UNSET)
        if _type_raw is UNSET:
            type = UNSET
        else:
            try:
                type = PolicyType._value2member_map_[_type_raw]
            except (KeyError, TypeError):
                type = PolicyType(_type_raw)

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

        bot_id = d.get("botId", UNSET)

        _config = d.get("config", UNSET)
        config: PolicyCreateRequestConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = PolicyCreateRequestConfig.from_dict(_config)

        policy_create_request = cls(
            type,
            alias,
            name,
            description,
            meta,
            blueprint_id,
            bot_id,
            config,
        )

        if not _KNOWN_KEYS.issuperset(d):
            policy_create_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return policy_create_request

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
