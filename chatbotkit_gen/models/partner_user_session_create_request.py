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
    from ..models.partner_user_session_create_request_config import (
        PartnerUserSessionCreateRequestConfig,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, PartnerUserSessionCreateRequestConfig
    from ..models.partner_user_session_create_request_config import (
        PartnerUserSessionCreateRequestConfig,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="PartnerUserSessionCreateRequest")


_KNOWN_KEYS = frozenset(
    {
        "durationInSeconds",
        "config",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class PartnerUserSessionCreateRequest:
    """
    Attributes:
        duration_in_seconds (float | Unset):
        config (PartnerUserSessionCreateRequestConfig | Unset):
    """

    duration_in_seconds: float | Unset = UNSET
    config: PartnerUserSessionCreateRequestConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        duration_in_seconds = self.duration_in_seconds

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if duration_in_seconds is not UNSET:
            field_dict["durationInSeconds"] = duration_in_seconds
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is PartnerUserSessionCreateRequest:
            partner_user_session_create_request = _new_instance(cls)
            partner_user_session_create_request.duration_in_seconds = d.get(
                "durationInSeconds", UNSET
            )

            _config = d.get("config", UNSET)
            config: PartnerUserSessionCreateRequestConfig | Unset
            if _config is UNSET:
                config = UNSET
            else:
                config = PartnerUserSessionCreateRequestConfig.from_dict(_config)

            partner_user_session_create_request.config = config

            if (
                builtins.len(d)
                + (partner_user_session_create_request.duration_in_seconds is UNSET)
                + (partner_user_session_create_request.config is UNSET)
                > 2
            ):
                partner_user_session_create_request.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                partner_user_session_create_request.additional_properties = {}
            return partner_user_session_create_request

        duration_in_seconds = d.get("durationInSeconds", UNSET)

        _config = d.get("config", UNSET)
        config: PartnerUserSessionCreateRequestConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = PartnerUserSessionCreateRequestConfig.from_dict(_config)

        partner_user_session_create_request = cls(
            duration_in_seconds,
            config,
        )

        if builtins.len(d) + (duration_in_seconds is UNSET) + (config is UNSET) > 2:
            partner_user_session_create_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return partner_user_session_create_request

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
