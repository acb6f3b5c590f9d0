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


T = TypeVar("T", bound="EventLog")


_KNOWN_KEYS = frozenset(
    {
        "id",
        "createdAt",
        "updatedAt",
        "type",
        "name",
        "description",
        "meta",
        "conversationId",
        "taskId",
        "contactId",
        "blueprintId",
        "botId",
        "datasetId",
        "recordId",
        "skillsetId",
        "abilityId",
        "fileId",
        "secretId",
        "portalId",
        "widgetIntegrationId",
        "slackIntegrationId",
        "discordIntegrationId",
        "microsoftteamsIntegrationId",
        "googlechatIntegrationId",
        "whatsappIntegrationId",
        "messengerIntegrationId",
        "telegramIntegrationId",
        "twilioIntegrationId",
        "emailIntegrationId",
        "sitemapIntegrationId",
        "notionIntegrationId",
        "triggerIntegrationId",
        "supportIntegrationId",
        "extractIntegrationId",
        "mcpserverIntegrationId",
        "webhookId",
    }
)
"""The keys of declared fields; any other key goes to ``additional_properties``."""


@_attrs_define
class EventLog:
    """
    Attributes:
        id (str):
        created_at (float):
        updated_at (float):
        type (str):
        name (str | Unset):
        description (str | Unset):
        meta (Meta | Unset):
        conversation_id (str | Unset):
        task_id (str | Unset):
        contact_id (str | Unset):
        blueprint_id (str | Unset):
        bot_id (str | Unset):
        dataset_id (str | Unset):
        record_id (str | Unset):
        skillset_id (str | Unset):
        ability_id (str | Unset):
        file_id (str | Unset):
        secret_id (str | Unset):
        portal_id (str | Unset):
        widget_integration_id (str | Unset):
        slack_integration_id (str | Unset):
        discord_integration_id (str | Unset):
        microsoftteams_integration_id (str | Unset):
        googlechat_integration_id (str | Unset):
        whatsapp_integration_id (str | Unset):
        messenger_integration_id (str | Unset):
        telegram_integration_id (str | Unset):
        twilio_integration_id (str | Unset):
        email_integration_id (str | Unset):
        sitemap_integration_id (str | Unset):
        notion_integration_id (str | Unset):
        trigger_integration_id (str | Unset):
        support_integration_id (str | Unset):
        extract_integration_id (str | Unset):
        mcpserver_integration_id (str | Unset):
        webhook_id (str | Unset):
    """

    id: str
    created_at: float
    updated_at: float
    type: str
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    meta: Meta | Unset = UNSET
    conversation_id: str | Unset = UNSET
    task_id: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    blueprint_id: str | Unset = UNSET
    bot_id: str | Unset = UNSET
    dataset_id: str | Unset = UNSET
    record_id: str | Unset = UNSET
    skillset_id: str | Unset = UNSET
    ability_id: str | Unset = UNSET
    file_id: str | Unset = UNSET
    secret_id: str | Unset = UNSET
    portal_id: str | Unset = UNSET
    widget_integration_id: str | Unset = UNSET
    slack_integration_id: str | Unset = UNSET
    discord_integration_id: str | Unset = UNSET
    microsoftteams_integration_id: str | Unset = UNSET
    googlechat_integration_id: str | Unset = UNSET
    whatsapp_integration_id: str | Unset = UNSET
    messenger_integration_id: str | Unset = UNSET
    telegram_integration_id: str | Unset = UNSET
    twilio_integration_id: str | Unset = UNSET
    email_integration_id: str | Unset = UNSET
    sitemap_integration_id: str | Unset = UNSET
    notion_integration_id: str | Unset = UNSET
    trigger_integration_id: str | Unset = UNSET
    support_integration_id: str | Unset = UNSET
    extract_integration_id: str | Unset = UNSET
    mcpserver_integration_id: str | Unset = UNSET
    webhook_id: str | Unset = UNSET
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

        name = self.name

        description = self.description

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        conversation_id = self.conversation_id

        task_id = self.task_id

        contact_id = self.contact_id

        blueprint_id = self.blueprint_id

        bot_id = self.bot_id

        dataset_id = self.dataset_id

        record_id = self.record_id

        skillset_id = self.skillset_id

        ability_id = self.ability_id

        file_id = self.file_id

        secret_id = self.secret_id

        portal_id = self.portal_id

        widget_integration_id = self.widget_integration_id

        slack_integration_id = self.slack_integration_id

        discord_integration_id = self.discord_integration_id

        microsoftteams_integration_id = self.microsoftteams_integration_id

        googlechat_integration_id = self.googlechat_integration_id

        whatsapp_integration_id = self.whatsapp_integration_id

        messenger_integration_id = self.messenger_integration_id

        telegram_integration_id = self.telegram_integration_id

        twilio_integration_id = self.twilio_integration_id

        email_integration_id = self.email_integration_id

        sitemap_integration_id = self.sitemap_integration_id

        notion_integration_id = self.notion_integration_id

        trigger_integration_id = self.trigger_integration_id

        support_integration_id = self.support_integration_id

        extract_integration_id = self.extract_integration_id

        mcpserver_integration_id = self.mcpserver_integration_id

        webhook_id = self.webhook_id

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
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if meta is not UNSET:
            field_dict["meta"] = meta
        if conversation_id is not UNSET:
            field_dict["conversationId"] = conversation_id
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
        if record_id is not UNSET:
            field_dict["recordId"] = record_id
        if skillset_id is not UNSET:
            field_dict["skillsetId"] = skillset_id
        if ability_id is not UNSET:
            field_dict["abilityId"] = ability_id
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if secret_id is not UNSET:
            field_dict["secretId"] = secret_id
        if portal_id is not UNSET:
            field_dict["portalId"] = portal_id
        if widget_integration_id is not UNSET:
            field_dict["widgetIntegrationId"] = widget_integration_id
        if slack_integration_id is not UNSET:
            field_dict["slackIntegrationId"] = slack_integration_id
        if discord_integration_id is not UNSET:
            field_dict["discordIntegrationId"] = discord_integration_id
        if microsoftteams_integration_id is not UNSET:
            field_dict["microsoftteamsIntegrationId"] = microsoftteams_integration_id
        if googlechat_integration_id is not UNSET:
            field_dict["googlechatIntegrationId"] = googlechat_integration_id
        if whatsapp_integration_id is not UNSET:
            field_dict["whatsappIntegrationId"] = whatsapp_integration_id
        if messenger_integration_id is not UNSET:
            field_dict["messengerIntegrationId"] = messenger_integration_id
        if telegram_integration_id is not UNSET:
            field_dict["telegramIntegrationId"] = telegram_integration_id
        if twilio_integration_id is not UNSET:
            field_dict["twilioIntegrationId"] = twilio_integration_id
        if email_integration_id is not UNSET:
            field_dict["emailIntegrationId"] = email_integration_id
        if sitemap_integration_id is not UNSET:
            field_dict["sitemapIntegrationId"] = sitemap_integration_id
        if notion_integration_id is not UNSET:
            field_dict["notionIntegrationId"] = notion_integration_id
        if trigger_integration_id is not UNSET:
            field_dict["triggerIntegrationId"] = trigger_integration_id
        if support_integration_id is not UNSET:
            field_dict["supportIntegrationId"] = support_integration_id
        if extract_integration_id is not UNSET:
            field_dict["extractIntegrationId"] = extract_integration_id
        if mcpserver_integration_id is not UNSET:
            field_dict["mcpserverIntegrationId"] = mcpserver_integration_id
        if webhook_id is not UNSET:
            field_dict["webhookId"] = webhook_id

        return field_dict

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imports_done:
            _lazy_imports()
        d = {**src_dict} if builtins.type(src_dict) is dict else dict(src_dict)
        if cls is EventLog:
            event_log = _new_instance(cls)
            event_log.id = d.pop("id", UNSET)

            event_log.created_at = d.pop("createdAt", UNSET)

            event_log.updated_at = d.pop("updatedAt", UNSET)

            event_log.type = d.pop("type", UNSET)

            event_log.name = d.pop("name", UNSET)

            event_log.description = d.pop("description", UNSET)

            _meta = d.pop("meta", UNSET)
            if _meta is UNSET:
                event_log.meta = UNSET
            else:
                meta = _new_instance(Meta)
                meta.additional_properties = (
                    {**_meta} if builtins.type(_meta) is dict else dict(_meta)
                )
                event_log.meta = meta

            event_log.conversation_id = d.pop("conversationId", UNSET)

            event_log.task_id = d.pop("taskId", UNSET)

            event_log.contact_id = d.pop("contactId", UNSET)

            event_log.blueprint_id = d.pop("blueprintId", UNSET)

            event_log.bot_id = d.pop("botId", UNSET)

            event_log.dataset_id = d.pop("datasetId", UNSET)

            event_log.record_id = d.pop("recordId", UNSET)

            event_log.skillset_id = d.pop("skillsetId", UNSET)

            event_log.ability_id = d.pop("abilityId", UNSET)

            event_log.file_id = d.pop("fileId", UNSET)

            event_log.secret_id = d.pop("secretId", UNSET)

            event_log.portal_id = d.pop("portalId", UNSET)

            event_log.widget_integration_id = d.pop("widgetIntegrationId", UNSET)

            event_log.slack_integration_id = d.pop("slackIntegrationId", UNSET)

            event_log.discord_integration_id = d.pop("discordIntegrationId", UNSET)

            event_log.microsoftteams_integration_id = d.pop("microsoftteamsIntegrationId", UNSET)

            event_log.googlechat_integration_id = d.pop("googlechatIntegrationId", UNSET)

            event_log.whatsapp_integration_id = d.pop("whatsappIntegrationId", UNSET)

            event_log.messenger_integration_id = d.pop("messengerIntegrationId", UNSET)

            event_log.telegram_integration_id = d.pop("telegramIntegrationId", UNSET)

            event_log.twilio_integration_id = d.pop("twilioIntegrationId", UNSET)

            event_log.email_integration_id = d.pop("emailIntegrationId", UNSET)

            event_log.sitemap_integration_id = d.pop("sitemapIntegrationId", UNSET)

            event_log.notion_integration_id = d.pop("notionIntegrationId", UNSET)

            event_log.trigger_integration_id = d.pop("triggerIntegrationId", UNSET)

            event_log.support_integration_id = d.pop("supportIntegrationId", UNSET)

            event_log.extract_integration_id = d.pop("extractIntegrationId", UNSET)

            event_log.mcpserver_integration_id = d.pop("mcpserverIntegrationId", UNSET)

            event_log.webhook_id = d.pop("webhookId", UNSET)

            event_log.additional_properties = {**d} if d else {}
            return event_log

        id = d.get("id", UNSET)

        created_at = d.get("createdAt", UNSET)

        updated_at = d.get("updatedAt", UNSET)

        type = d.get("type", UNSET)

        name = d.get("name", UNSET)

        description = d.get("description", UNSET)

        _meta = d.get("meta", UNSET)
        meta: Meta | Unset
        if _meta is UNSET:
            meta = UNSET
        else:
            meta = Meta.from_dict(_meta)

        conversation_id = d.get("conversationId", UNSET)

        task_id = d.get("taskId", UNSET)

        contact_id = d.get("contactId", UNSET)

        blueprint_id = d.get("blueprintId", UNSET)

        bot_id = d.get("botId", UNSET)

        dataset_id = d.get("datasetId", UNSET)

        record_id = d.get("recordId", UNSET)

        skillset_id = d.get("skillsetId", UNSET)

        ability_id = d.get("abilityId", UNSET)

        file_id = d.get("fileId", UNSET)

        secret_id = d.get("secretId", UNSET)

        portal_id = d.get("portalId", UNSET)

        widget_integration_id = d.get("widgetIntegrationId", UNSET)

        slack_integration_id = d.get("slackIntegrationId", UNSET)

        discord_integration_id = d.get("discordIntegrationId", UNSET)

        microsoftteams_integration_id = d.get("microsoftteamsIntegrationId", UNSET)

        googlechat_integration_id = d.get("googlechatIntegrationId", UNSET)

        whatsapp_integration_id = d.get("whatsappIntegrationId", UNSET)

        messenger_integration_id = d.get("messengerIntegrationId", UNSET)

        telegram_integration_id = d.get("telegramIntegrationId", UNSET)

        twilio_integration_id = d.get("twilioIntegrationId", UNSET)

        email_integration_id = d.get("emailIntegrationId", UNSET)

        sitemap_integration_id = d.get("sitemapIntegrationId", UNSET)

        notion_integration_id = d.get("notionIntegrationId", UNSET)

        trigger_integration_id = d.get("triggerIntegrationId", UNSET)

        support_integration_id = d.get("supportIntegrationId", UNSET)

        extract_integration_id = d.get("extractIntegrationId", UNSET)

        mcpserver_integration_id = d.get("mcpserverIntegrationId", UNSET)

        webhook_id = d.get("webhookId", UNSET)

        event_log = cls(
            id,
            created_at,
            updated_at,
            type,
            name,
            description,
            meta,
            conversation_id,
            task_id,
            contact_id,
            blueprint_id,
            bot_id,
            dataset_id,
            record_id,
            skillset_id,
            ability_id,
            file_id,
            secret_id,
            portal_id,
            widget_integration_id,
            slack_integration_id,
            discord_integration_id,
            microsoftteams_integration_id,
            googlechat_integration_id,
            whatsapp_integration_id,
            messenger_integration_id,
            telegram_integration_id,
            twilio_integration_id,
            email_integration_id,
            sitemap_integration_id,
            notion_integration_id,
            trigger_integration_id,
            support_integration_id,
            extract_integration_id,
            mcpserver_integration_id,
            webhook_id,
        )

        if not _KNOWN_KEYS.issuperset(d):
            event_log.additional_properties = {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
        return event_log

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
