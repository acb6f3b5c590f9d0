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


T = TypeVar("T", bound="UsagePageItemsItem")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "type",
        "count",
        "name",
        "description",
        "meta",
        "conversationId",
        "messageId",
        "taskId",
        "contactId",
        "blueprintId",
        "botId",
        "datasetId",
        "skillsetId",
        "abilityId",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class UsagePageItemsItem:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        type (str):
        count (int):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        conversation_id (str | Unset):
        message_id (str | Unset):
        task_id (str | Unset):
        contact_id (str | Unset):
        blueprint_id (str | Unset):
        bot_id (str | Unset):
        dataset_id (str | Unset):
        skillset_id (str | Unset):
        ability_id (str | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    type: str
    count: int
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    conversation_id: str | Unset = UNSET
    message_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    bot_id: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    skillset_id: str | Unset = UNSET
    ability_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = set_fields_repr

    def to_dict(self) -> dict[str, Any]:
        if not _lazy_imports_done:
            _lazy_imports()
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        if isinstance(self.type, Unset):
            type = UNSET
        else:
            type = self.type

        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        conversation_id = self.conversation_id

        message_id = self.message_id

        task_id = self.task_id

        contact_id = self.contact_id

        blueprint_id = self.blueprint_id

        bot_id = self.bot_id

        dataset_id = self.dataset_id

        skillset_id = self.skillset_id

        ability_id = self.ability_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if type is not UNSET:
            field_dict["type"] = type
        if count is not UNSET:
            field_dict["count"] = count
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
        if message_id is not UNSET:
            field_dict["messageId"] = message_id
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if contact_id is not UNSET:
            field_dict["contactId"] = contact_id
        if blueprint_id is not UNSET:
            field_dict["blueprintId"] = blueprint_id
        if bot_id is not UNSET:
            field_dict["botId"] = bot_id
        if dataset_id is not UNSET:
            field_dict["datasetId"] = dataset_id
        if skillset_id is not UNSET:
            field_dict["skillsetId"] = skillset_id
        if ability_id is not UNSET:
            field_dict["abilityId"] = ability_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is UsagePageItemsItem:
            usage_page_items_item = _new_instance(cls)
            usage_page_items_item.id = d.pop("id", UNSET)

            usage_page_items_item.created_at = d.pop("createdAt", UNSET)

            usage_page_items_item.updated_at = d.pop("updatedAt", UNSET)

            usage_page_items_item.type = d.pop("type", UNSET)

            usage_page_items_item.count = d.pop("count", UNSET)

            usage_page_items_item.name = d.pop("name", UNSET)

            usage_page_items_item.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                usage_page_items_item.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                usage_page_items_item.meta = meta

            usage_page_items_item.conversation_id = d.pop("conversationId", UNSET)

            usage_page_items_item.message_id = d.pop("messageId", UNSET)

            usage_page_items_item.task_id = d.pop("taskId", UNSET)

            usage_page_items_item.contact_id = d.pop("contactId", UNSET)

            usage_page_items_item.blueprint_id = d.pop("blueprintId", UNSET)

            usage_page_items_item.bot_id = d.pop("botId", UNSET)

            usage_page_items_item.dataset_id = d.pop("datasetId", UNSET)

            usage_page_items_item.skillset_id = d.pop("skillsetId", UNSET)

            usage_page_items_item.ability_id = d.pop("abilityId", UNSET)

            usage_page_items_item.additional_properties = {**d} if d else {}
            return usage_page_items_item

        id = d.get("id", UNSET)

        created_at = d.get("createdAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        type = d.get("type", UNSET)

        count = d.get("count", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        conversation_id = d.get("conversationId", UNSET)

        message_id = d.get("messageId", UNSET)

        task_id = d.get("taskId", UNSET)

        contact_id = d.get("contactId", UNSET)

        blueprint_id = d.get("blueprintId", UNSET)

        bot_id = d.get("botId", UNSET)

        dataset_id = d.get("datasetId", UNSET)

        skillset_id = d.get("skillsetId", UNSET)

        ability_id = d.get("abilityId", UNSET)

        usage_page_items_item = cls(
            id,
            created_at,
            updated_at,
            type,
            count,
            name,
            description,
            meta,
            conversation_id,
            message_id,
            task_id,
            contact_id,
            blueprint_id,
            bot_id,
            dataset_id,
            skillset_id,
            ability_id,
        )

        if not _KNOWN_KEYS.issuperset(d):
            usage_page_items_item.additional_properties = {
                k: v for k, v in d.items() if k not in _KNOWN_KEYS
            }
        return usage_page_items_item

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
