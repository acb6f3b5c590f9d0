from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__

from ..types import UNSET, Unset

T = TypeVar("T", bound="BotConfig")


_KNOWN_KEYS = frozenset(
    {
        "model",
        "backstory",
        "datasetId",
        "skillsetId",
        "privacy",
        "moderation",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class BotConfig:
    """
    Attributes:
        model (str | Unset):
        backstory (str | Unset):
        dataset_id (str | Unset):
        skillset_id (str | Unset):
        privacy (bool | Unset):
        moderation (bool | Unset):
    """

    model: str | Unset = UNSET
    backstory: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    skillset_id: str | Unset = UNSET
    privacy: bool | Unset = UNSET
    moderation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        backstory = self.backstory

        dataset_id = self.dataset_id

        skillset_id = self.skillset_id

        privacy = self.privacy

        moderation = self.moderation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if model is not UNSET:
            field_dict["model"] = model
        if backstory is not UNSET:
            field_dict["backstory"] = backstory
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if skillset_id is not UNSET:
            field_dict["skillsetId"] = skillset_id
        if privacy is not UNSET:
            field_dict["privacy"] = privacy
        if moderation is not UNSET:
            field_dict["moderation"] = moderation

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is BotConfig:
            bot_config = _new_instance(cls)
            bot_config.model = d.pop("model", UNSET)

            bot_config.backstory = d.pop("backstory", UNSET)

            bot_config.dataset_id = d.pop("datasetId", UNSET)

            bot_config.skillset_id = d.pop("skillsetId", UNSET)

            bot_config.privacy = d.pop("privacy", UNSET)

            bot_config.moderation = d.pop("moderation", UNSET)

            bot_config.additional_properties = {**d} if d else {}
            return bot_config

        model = d.get("model", UNSET)

        backstory = d.get("backstory", UNSET)

        dataset_id = d.get("datasetId", UNSET)

        skillset_id = d.get("skillsetId", UNSET)

        privacy = d.get("privacy", UNSET)

        moderation = d.get("moderation", UNSET)

        bot_config = cls(
            model,
            backstory,
            dataset_id,
            skillset_id,
            privacy,
            moderation,
        )

        if not _KNOWN_KEYS.issuperset(d):
            bot_config.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return bot_config

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
