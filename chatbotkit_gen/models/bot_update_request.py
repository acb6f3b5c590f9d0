from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, set_fields_repr

_new_instance = object.__new__


from ..models.bot_visibility import BotVisibility
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta import Meta

_lazy_imports_done = False


def _lazy_imports() -> None:
    global _lazy_imports_done, Meta
    from ..models.meta import Meta  # noqa: PLC0415

    _lazy_imports_done = True


T = TypeVar("T", bound="BotUpdateRequest")


_KNOWN_KEYS = frozenset(
    {
        "alias",
        "name",
        "description",
        "meta",
        "model",
        "backstory",
        "datasetId",
        "skillsetId",
        "privacy",
        "moderation",
        "blueprintId",
        "visibility",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class BotUpdateRequest:
    """
    Attributes:
        alias (str | Unset):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        model (str | Unset):
        backstory (str | Unset):
        dataset_id (str | Unset):
        skillset_id (str | Unset):
        privacy (bool | Unset):
        moderation (bool | Unset):
        blueprint_id (str | Unset):
        visibility (BotVisibility | Unset):
    """

    alias: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    model: str | Unset = UNSET
    backstory: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    skillset_id: str | Unset = UNSET
    privacy: bool | Unset = UNSET
    moderation: bool | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    visibility: BotVisibility | Unset = UNSET
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

        model = self.model

        backstory = self.backstory

        dataset_id = self.dataset_id

        skillset_id = self.skillset_id

        privacy = self.privacy

        moderation = self.moderation

        blueprint_id = self.blueprint_id

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
        if blueprint_id is not UNSET:
            field_dict["blueprintId"] = blueprint_id
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is BotUpdateRequest:
            bot_update_request = _new_instance(cls)
            bot_update_request.alias = d.pop("alias", UNSET)

            bot_update_request.name = d.pop("name", UNSET)

            bot_update_request.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                bot_update_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                bot_update_request.meta = meta

            bot_update_request.model = d.pop("model", UNSET)

            bot_update_request.backstory = d.pop("backstory", UNSET)

            bot_update_request.dataset_id = d.pop("datasetId", UNSET)

            bot_update_request.skillset_id = d.pop("skillsetId", UNSET)

            bot_update_request.privacy = d.pop("privacy", UNSET)

            bot_update_request.moderation = d.pop("moderation", UNSET)

            bot_update_request.blueprint_id = d.pop("blueprintId", UNSET)

            _visibility = d.pop("visibility", UNSET)
            visibility: BotVisibility | Unset
            if isinstance(_visibility, Unset):
                visibility = UNSET
            else:
                try:
                    visibility = BotVisibility._value2member_map_[_visibility]
                except (KeyError, TypeError):
                    visibility = BotVisibility(_visibility)

            bot_update_request.visibility = visibility

            bot_update_request.additional_properties = {**d} if d else {}
            return bot_update_request

        alias = d.get("alias", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        model = d.get("model", UNSET)

        backstory = d.get("backstory", UNSET)

        dataset_id = d.get("datasetId", UNSET)

        skillset_id = d.get("skillsetId", UNSET)

        privacy = d.get("privacy", UNSET)

        moderation = d.get("moderation", UNSET)

        blueprint_id = d.get("blueprintId", UNSET)

        _visibility = d.get("visibility", UNSET)
        visibility: BotVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            try:
                visibility = BotVisibility._value2member_map_[_visibility]
            except (KeyError, TypeError):
                visibility = BotVisibility(_visibility)

        bot_update_request = cls(
            alias,
            name,
            description,
            meta,
            model,
            backstory,
            dataset_id,
            skillset_id,
            privacy,
            moderation,
            blueprint_id,
            visibility,
        )

        if not _KNOWN_KEYS.issuperset(d):
            bot_update_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return bot_update_request

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
