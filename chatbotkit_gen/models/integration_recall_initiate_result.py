from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


if TYPE_CHECKING:
    from ..models.integration_recall_initiate_result_bot import (
        IntegrationRecallInitiateResultBot,
    )

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, IntegrationRecallInitiateResultBot
    from ..models.integration_recall_initiate_result_bot import (
        IntegrationRecallInitiateResultBot,  # noqa: PLC0415
    )

    _lazy_imports_done = True


T = TypeVar("T", bound="IntegrationRecallInitiateResult")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "bot",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class IntegrationRecallInitiateResult:
    """
    Attributes:
        id (str):
        bot (IntegrationRecallInitiateResultBot):
    """

    id: str
    bot: IntegrationRecallInitiateResultBot
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.bot, Unset):
            bot = UNSET
        else:
            bot = self.bot.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if bot is not UNSET:
            field_dict["bot"] = bot

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = src_dict if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is IntegrationRecallInitiateResult:
            integration_recall_initiate_result = _new_instance(cls)
            integration_recall_initiate_result.id = d.get("id", UNSET)

            _bot = d.get("bot", UNSET)
            if _bot is UNSET:
                integration_recall_initiate_result.bot = UNSET
            else:
                bot = _new_instance(IntegrationRecallInitiateResultBot)
                bot.additional_properties = {**_bot} if builtins.type(_bot) is dict else dict(_bot)
                integration_recall_initiate_result.bot = bot

            if (
                builtins.len(d)
                + (integration_recall_initiate_result.id is UNSET)
                + (integration_recall_initiate_result.bot is UNSET)
                > 2
            ):
                integration_recall_initiate_result.additional_properties = {
                    k: v for k, v in d.items() if k not in _KNOWN_KEYS
                }
            else:
                integration_recall_initiate_result.additional_properties = {}
            return integration_recall_initiate_result

        id = d.get("id", UNSET)

        _bot_raw = d.get("bot", UNSET)
        if _bot_raw is UNSET:
            bot = UNSET
        else:
            bot = IntegrationRecallInitiateResultBot.from_dict(_bot_raw)

        integration_recall_initiate_result = cls(
            id,
            bot,
        )

        if builtins.len(d) + (id is UNSET) + (bot is UNSET) > 2:
            integration_recall_initiate_result.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return integration_recall_initiate_result

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
