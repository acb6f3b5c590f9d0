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


T = TypeVar("T", bound="ConversationUpdateRequest")


_KNOWN_KEYS = frozenset(
    {
        "botId",
        "model",
        "backstory",
        "datasetId",
        "skillsetId",
        "privacy",
        "moderation",
        "name",
        "description",
        "meta",
        "contactId",
        "taskId",
        "spaceId",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class ConversationUpdateRequest:
    """
    Attributes:
        bot_id (str | Unset):
        model (str | Unset):
        backstory (str | Unset):
        dataset_id (str | Unset):
        skillset_id (str | Unset):
        privacy (bool | Unset):
        moderation (bool | Unset):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        contact_id (str | Unset):
        task_id (str | Unset):
        space_id (str | Unset):
    """

    bot_id: str | Unset = UNSET
    model: str | Unset = UNSET
    backstory: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    skillset_id: str | Unset = UNSET
    privacy: bool | Unset = UNSET
    moderation: bool | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    contact_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    space_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        bot_id = self.bot_id

        model = self.model

        backstory = self.backstory

        dataset_id = self.dataset_id

        skillset_id = self.skillset_id

        privacy = self.privacy

        moderation = self.moderation

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        contact_id = self.contact_id

        task_id = self.task_id

        space_id = self.space_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id
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
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if space_id is not UNSET:
            field_dict["spaceId"] = space_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is ConversationUpdateRequest:
            conversation_update_request = _new_instance(cls)
            conversation_update_request.bot_id = d.pop("botId", UNSET)

            conversation_update_request.model = d.pop("model", UNSET)

            conversation_update_request.backstory = d.pop("backstory", UNSET)

            conversation_update_request.dataset_id = d.pop("datasetId", UNSET)

            conversation_update_request.skillset_id = d.pop("skillsetId", UNSET)

            conversation_update_request.privacy = d.pop("privacy", UNSET)

            conversation_update_request.moderation = d.pop("moderation", UNSET)

            conversation_update_request.name = d.pop("name", UNSET)

            conversation_update_request.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                conversation_update_request.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                conversation_update_request.meta = meta

            conversation_update_request.contact_id = d.pop("contactId", UNSET)

            conversation_update_request.task_id = d.pop("taskId", UNSET)

            conversation_update_request.space_id = d.pop("spaceId", UNSET)

            conversation_update_request.additional_properties = {**d} if d else {}
            return conversation_update_request

        bot_id = d.get("botId", UNSET)

        model = d.get("model", UNSET)

        backstory = d.get("backstory", UNSET)

        dataset_id = d.get("datasetId", UNSET)

        skillset_id = d.get("skillsetId", UNSET)

        privacy = d.get("privacy", UNSET)

        moderation = d.get("moderation", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        contact_id = d.get("contactId", UNSET)

        task_id = d.get("taskId", UNSET)

        space_id = d.get("spaceId", UNSET)

        conversation_update_request = cls(
            bot_id,
            model,
            backstory,
            dataset_id,
            skillset_id,
            privacy,
            moderation,
            name,
            description,
            meta,
            contact_id,
            task_id,
            space_id,
        )

        if not _KNOWN_KEYS.issuperset(d):
            conversation_update_request.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return conversation_update_request

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
