"""Data models used in inputs and outputs; each module is imported on first attribute access."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abort import Abort
    from .accept import Accept
    from .blueprint import Blueprint
    from .blueprint_bulletin import BlueprintBulletin
    from .blueprint_bulletin_create_request import BlueprintBulletinCreateRequest
    from .blueprint_bulletin_create_result import BlueprintBulletinCreateResult
    from .blueprint_bulletin_create_result_bulletin import (
        BlueprintBulletinCreateResultBulletin,
    )
    from .blueprint_bulletin_list_item_event import BlueprintBulletinListItemEvent
    from .blueprint_bulletin_page import BlueprintBulletinPage
    from .blueprint_clone_request import BlueprintCloneRequest
    from .blueprint_clone_result import BlueprintCloneResult
    from .blueprint_clone_result_resources import BlueprintCloneResultResources
    from .blueprint_create_request import BlueprintCreateRequest
    from .blueprint_delete_request import BlueprintDeleteRequest
    from .blueprint_list_item_event import BlueprintListItemEvent
    from .blueprint_page import BlueprintPage
    from .blueprint_props import BlueprintProps
    from .blueprint_resource_export_page import BlueprintResourceExportPage
    from .blueprint_resource_export_page_resources import (
        BlueprintResourceExportPageResources,
    )
    from .blueprint_resource_import_request import BlueprintResourceImportRequest
    from .blueprint_resource_import_request_resources import (
        BlueprintResourceImportRequestResources,
    )
    from .blueprint_resource_page import BlueprintResourcePage
    from .blueprint_resource_page_resources import BlueprintResourcePageResources
    from .blueprint_update_request import BlueprintUpdateRequest
    from .blueprint_visibility import BlueprintVisibility
    from .bot import Bot
    from .bot_clone_request import BotCloneRequest
    from .bot_config import BotConfig
    from .bot_create_request import BotCreateRequest
    from .bot_delete_request import BotDeleteRequest
    from .bot_downvote_request import BotDownvoteRequest
    from .bot_list_item_event import BotListItemEvent
    from .bot_memory_search_request import BotMemorySearchRequest
    from .bot_memory_search_result import BotMemorySearchResult
    from .bot_memory_search_result_items_item import BotMemorySearchResultItemsItem
    from .bot_memory_search_result_items_item_meta import (
        BotMemorySearchResultItemsItemMeta,
    )
    from .bot_page import BotPage
    from .bot_ref import BotRef
    from .bot_session_create_request import BotSessionCreateRequest
    from .bot_session_create_request_messages_item import (
        BotSessionCreateRequestMessagesItem,
    )
    from .bot_session_create_result import BotSessionCreateResult
    from .bot_session_create_result_messages_item import (
        BotSessionCreateResultMessagesItem,
    )
    from .bot_update_request import BotUpdateRequest
    from .bot_upvote_request import BotUpvoteRequest
    from .bot_usage import BotUsage
    from .bot_visibility import BotVisibility
    from .channel_publish_request import ChannelPublishRequest
    from .channel_publish_request_message import ChannelPublishRequestMessage
    from .channel_subscribe_message_event import ChannelSubscribeMessageEvent
    from .channel_subscribe_message_event_data import ChannelSubscribeMessageEventData
    from .channel_subscribe_request import ChannelSubscribeRequest
    from .compact_conversation_stateless_request import (
        CompactConversationStatelessRequest,
    )
    from .compact_conversation_stateless_result import (
        CompactConversationStatelessResult,
    )
    from .complete_abort_event import CompleteAbortEvent
    from .complete_complete_begin_event import CompleteCompleteBeginEvent
    from .complete_complete_begin_event_data import CompleteCompleteBeginEventData
    from .complete_complete_end_event import CompleteCompleteEndEvent
    from .complete_complete_end_event_data import CompleteCompleteEndEventData
    from .complete_conversation_request import CompleteConversationRequest
    from .complete_conversation_request_attachments_item import (
        CompleteConversationRequestAttachmentsItem,
    )
    from .complete_conversation_request_contact_id_option_2 import (
        CompleteConversationRequestContactIdOption2,
    )
    from .complete_conversation_request_contact_id_option_2_meta import (
        CompleteConversationRequestContactIdOption2Meta,
    )
    from .complete_conversation_result import CompleteConversationResult
    from .complete_conversation_result_event import CompleteConversationResultEvent
    from .complete_end import CompleteEnd
    from .complete_error_event import CompleteErrorEvent
    from .complete_error_event_data import CompleteErrorEventData
    from .complete_message_event import CompleteMessageEvent
    from .complete_message_event_data import CompleteMessageEventData
    from .complete_reason import CompleteReason
    from .complete_reasoning_token_event import CompleteReasoningTokenEvent
    from .complete_reasoning_token_event_data import CompleteReasoningTokenEventData
    from .complete_token_event import CompleteTokenEvent
    from .complete_token_event_data import CompleteTokenEventData
    from .complete_usage_event import CompleteUsageEvent
    from .complete_usage_event_data import CompleteUsageEventData
    from .complete_wait_for_channel_message_begin_event import (
        CompleteWaitForChannelMessageBeginEvent,
    )
    from .complete_wait_for_channel_message_begin_event_data import (
        CompleteWaitForChannelMessageBeginEventData,
    )
    from .complete_wait_for_channel_message_end_event import (
        CompleteWaitForChannelMessageEndEvent,
    )
    from .complete_wait_for_channel_message_end_event_data import (
        CompleteWaitForChannelMessageEndEventData,
    )
    from .contact import Contact
    from .contact_conversation import ContactConversation
    from .contact_conversation_list_item_event import ContactConversationListItemEvent
    from .contact_conversation_page import ContactConversationPage
    from .contact_create_request import ContactCreateRequest
    from .contact_delete_request import ContactDeleteRequest
    from .contact_ensure_request import ContactEnsureRequest
    from .contact_export_item_event import ContactExportItemEvent
    from .contact_export_page import ContactExportPage
    from .contact_list_item_event import ContactListItemEvent
    from .contact_memory import ContactMemory
    from .contact_memory_list_item_event import ContactMemoryListItemEvent
    from .contact_memory_page import ContactMemoryPage
    from .contact_memory_search_request import ContactMemorySearchRequest
    from .contact_memory_search_result import ContactMemorySearchResult
    from .contact_memory_search_result_items_item import (
        ContactMemorySearchResultItemsItem,
    )
    from .contact_memory_search_result_items_item_meta import (
        ContactMemorySearchResultItemsItemMeta,
    )
    from .contact_page import ContactPage
    from .contact_rating import ContactRating
    from .contact_rating_list_item_event import ContactRatingListItemEvent
    from .contact_rating_page import ContactRatingPage
    from .contact_secret import ContactSecret
    from .contact_secret_authenticate_request import ContactSecretAuthenticateRequest
    from .contact_secret_authenticate_result import ContactSecretAuthenticateResult
    from .contact_secret_list_item_event import ContactSecretListItemEvent
    from .contact_secret_page import ContactSecretPage
    from .contact_secret_revoke_request import ContactSecretRevokeRequest
    from .contact_secret_verify_request import ContactSecretVerifyRequest
    from .contact_secret_verify_result import ContactSecretVerifyResult
    from .contact_secret_verify_result_action_option_1 import (
        ContactSecretVerifyResultActionOption1,
    )
    from .contact_secret_verify_result_status import ContactSecretVerifyResultStatus
    from .contact_space import ContactSpace
    from .contact_space_list_item_event import ContactSpaceListItemEvent
    from .contact_space_page import ContactSpacePage
    from .contact_task import ContactTask
    from .contact_task_list_item_event import ContactTaskListItemEvent
    from .contact_task_page import ContactTaskPage
    from .contact_update_request import ContactUpdateRequest
    from .conversation import Conversation
    from .conversation_attachment_page import ConversationAttachmentPage
    from .conversation_attachment_page_items_item import (
        ConversationAttachmentPageItemsItem,
    )
    from .conversation_attachment_upload_form import ConversationAttachmentUploadForm
    from .conversation_attachment_upload_request_option_1 import (
        ConversationAttachmentUploadRequestOption1,
    )
    from .conversation_attachment_upload_request_option_2 import (
        ConversationAttachmentUploadRequestOption2,
    )
    from .conversation_attachment_upload_request_option_2_file import (
        ConversationAttachmentUploadRequestOption2File,
    )
    from .conversation_attachment_upload_result import (
        ConversationAttachmentUploadResult,
    )
    from .conversation_attachment_upload_result_upload_request import (
        ConversationAttachmentUploadResultUploadRequest,
    )
    from .conversation_attachment_upload_result_upload_request_headers import (
        ConversationAttachmentUploadResultUploadRequestHeaders,
    )
    from .conversation_compact_result import ConversationCompactResult
    from .conversation_complete_request import ConversationCompleteRequest
    from .conversation_complete_result import ConversationCompleteResult
    from .conversation_complete_result_event import ConversationCompleteResultEvent
    from .conversation_contact_upsert_request import ConversationContactUpsertRequest
    from .conversation_create_request import ConversationCreateRequest
    from .conversation_create_request_messages_item import (
        ConversationCreateRequestMessagesItem,
    )
    from .conversation_create_result import ConversationCreateResult
    from .conversation_create_result_messages_item import (
        ConversationCreateResultMessagesItem,
    )
    from .conversation_delete_request import ConversationDeleteRequest
    from .conversation_dispatch_request import ConversationDispatchRequest
    from .conversation_dispatch_result import ConversationDispatchResult
    from .conversation_downvote_request import ConversationDownvoteRequest
    from .conversation_export_item import ConversationExportItem
    from .conversation_export_item_event import ConversationExportItemEvent
    from .conversation_export_page import ConversationExportPage
    from .conversation_list_item import ConversationListItem
    from .conversation_list_item_event import ConversationListItemEvent
    from .conversation_message import ConversationMessage
    from .conversation_message_create_request import ConversationMessageCreateRequest
    from .conversation_message_create_result import ConversationMessageCreateResult
    from .conversation_message_delete_request import ConversationMessageDeleteRequest
    from .conversation_message_downvote_request import (
        ConversationMessageDownvoteRequest,
    )
    from .conversation_message_list_item_event import ConversationMessageListItemEvent
    from .conversation_message_page import ConversationMessagePage
    from .conversation_message_synthesize_request import (
        ConversationMessageSynthesizeRequest,
    )
    from .conversation_message_update_request import ConversationMessageUpdateRequest
    from .conversation_message_upvote_request import ConversationMessageUpvoteRequest
    from .conversation_page import ConversationPage
    from .conversation_receive_request import ConversationReceiveRequest
    from .conversation_receive_result import ConversationReceiveResult
    from .conversation_receive_result_event import ConversationReceiveResultEvent
    from .conversation_send_request import ConversationSendRequest
    from .conversation_send_result import ConversationSendResult
    from .conversation_send_result_event import ConversationSendResultEvent
    from .conversation_session_create_request import ConversationSessionCreateRequest
    from .conversation_session_create_result import ConversationSessionCreateResult
    from .conversation_update_request import ConversationUpdateRequest
    from .conversation_upvote_request import ConversationUpvoteRequest
    from .conversation_usage import ConversationUsage
    from .dataset import Dataset
    from .dataset_create_request import DatasetCreateRequest
    from .dataset_delete_request import DatasetDeleteRequest
    from .dataset_file_attach_request import DatasetFileAttachRequest
    from .dataset_file_detach_request import DatasetFileDetachRequest
    from .dataset_file_list_item_event import DatasetFileListItemEvent
    from .dataset_file_page import DatasetFilePage
    from .dataset_file_page_items_item import DatasetFilePageItemsItem
    from .dataset_file_sync_request import DatasetFileSyncRequest
    from .dataset_filter import DatasetFilter
    from .dataset_filter_value_option_4 import DatasetFilterValueOption4
    from .dataset_filter_value_option_5 import DatasetFilterValueOption5
    from .dataset_filter_value_option_6 import DatasetFilterValueOption6
    from .dataset_filter_value_option_7 import DatasetFilterValueOption7
    from .dataset_filter_value_option_8 import DatasetFilterValueOption8
    from .dataset_filter_value_option_9 import DatasetFilterValueOption9
    from .dataset_list_item_event import DatasetListItemEvent
    from .dataset_page import DatasetPage
    from .dataset_record import DatasetRecord
    from .dataset_record_create_request import DatasetRecordCreateRequest
    from .dataset_record_delete_request import DatasetRecordDeleteRequest
    from .dataset_record_export_item_event import DatasetRecordExportItemEvent
    from .dataset_record_export_page import DatasetRecordExportPage
    from .dataset_record_list_item_event import DatasetRecordListItemEvent
    from .dataset_record_page import DatasetRecordPage
    from .dataset_record_update_request import DatasetRecordUpdateRequest
    from .dataset_search_request import DatasetSearchRequest
    from .dataset_search_result import DatasetSearchResult
    from .dataset_search_result_records_item import DatasetSearchResultRecordsItem
    from .dataset_search_result_records_item_meta import (
        DatasetSearchResultRecordsItemMeta,
    )
    from .dataset_update_request import DatasetUpdateRequest
    from .dataset_visibility import DatasetVisibility
    from .dispatch_conversation_request import DispatchConversationRequest
    from .dispatch_conversation_request_attachments_item import (
        DispatchConversationRequestAttachmentsItem,
    )
    from .dispatch_conversation_request_contact_id_option_2 import (
        DispatchConversationRequestContactIdOption2,
    )
    from .dispatch_conversation_request_contact_id_option_2_meta import (
        DispatchConversationRequestContactIdOption2Meta,
    )
    from .dispatch_conversation_result import DispatchConversationResult
    from .entity import Entity
    from .entity_replacement import EntityReplacement
    from .event_log import EventLog
    from .event_log_export_item_event import EventLogExportItemEvent
    from .event_log_export_page import EventLogExportPage
    from .event_log_list_item_event import EventLogListItemEvent
    from .event_log_page import EventLogPage
    from .event_log_subscribe_item_event import EventLogSubscribeItemEvent
    from .event_log_subscribe_request import EventLogSubscribeRequest
    from .execution_limits import ExecutionLimits
    from .extensions_definition import ExtensionsDefinition
    from .extensions_definition_datasets_item import ExtensionsDefinitionDatasetsItem
    from .extensions_definition_datasets_item_records_item import (
        ExtensionsDefinitionDatasetsItemRecordsItem,
    )
    from .extensions_definition_datasets_item_records_item_meta import (
        ExtensionsDefinitionDatasetsItemRecordsItemMeta,
    )
    from .extensions_definition_features_item import ExtensionsDefinitionFeaturesItem
    from .extensions_definition_features_item_options import (
        ExtensionsDefinitionFeaturesItemOptions,
    )
    from .extensions_definition_skillsets_item import ExtensionsDefinitionSkillsetsItem
    from .extensions_definition_skillsets_item_abilities_item import (
        ExtensionsDefinitionSkillsetsItemAbilitiesItem,
    )
    from .extensions_definition_skillsets_item_abilities_item_meta import (
        ExtensionsDefinitionSkillsetsItemAbilitiesItemMeta,
    )
    from .file import File
    from .file_create_request import FileCreateRequest
    from .file_delete_request import FileDeleteRequest
    from .file_download_result import FileDownloadResult
    from .file_list_item_event import FileListItemEvent
    from .file_page import FilePage
    from .file_sync_request import FileSyncRequest
    from .file_update_request import FileUpdateRequest
    from .file_upload_form import FileUploadForm
    from .file_upload_request_option_1 import FileUploadRequestOption1
    from .file_upload_request_option_2 import FileUploadRequestOption2
    from .file_upload_request_option_2_file import FileUploadRequestOption2File
    from .file_upload_result import FileUploadResult
    from .file_upload_result_upload_request import FileUploadResultUploadRequest
    from .file_upload_result_upload_request_headers import (
        FileUploadResultUploadRequestHeaders,
    )
    from .file_visibility import FileVisibility
    from .functions_definition_item import FunctionsDefinitionItem
    from .functions_definition_item_call import FunctionsDefinitionItemCall
    from .functions_definition_item_parameters import FunctionsDefinitionItemParameters
    from .functions_definition_item_parameters_properties import (
        FunctionsDefinitionItemParametersProperties,
    )
    from .functions_definition_item_result_option_1 import (
        FunctionsDefinitionItemResultOption1,
    )
    from .functions_definition_item_result_option_2 import (
        FunctionsDefinitionItemResultOption2,
    )
    from .generate_platform_reports_request import GeneratePlatformReportsRequest
    from .generate_platform_reports_request_additional_property import (
        GeneratePlatformReportsRequestAdditionalProperty,
    )
    from .generate_platform_reports_result import GeneratePlatformReportsResult
    from .generate_platform_reports_result_value_option_1 import (
        GeneratePlatformReportsResultValueOption1,
    )
    from .generate_platform_reports_result_value_option_2 import (
        GeneratePlatformReportsResultValueOption2,
    )
    from .graphql_request import GraphqlRequest
    from .graphql_request_variables import GraphqlRequestVariables
    from .graphql_result import GraphqlResult
    from .graphql_result_data import GraphqlResultData
    from .graphql_result_errors_item import GraphqlResultErrorsItem
    from .id_result import IdResult
    from .instance_crud_props import InstanceCrudProps
    from .instance_list_props import InstanceListProps
    from .instance_meta_props import InstanceMetaProps
    from .instance_ref_properties import InstanceRefProperties
    from .integration_discord import IntegrationDiscord
    from .integration_discord_create_request import IntegrationDiscordCreateRequest
    from .integration_discord_delete_request import IntegrationDiscordDeleteRequest
    from .integration_discord_initiate_request import IntegrationDiscordInitiateRequest
    from .integration_discord_list_item_event import IntegrationDiscordListItemEvent
    from .integration_discord_page import IntegrationDiscordPage
    from .integration_discord_setup_request import IntegrationDiscordSetupRequest
    from .integration_discord_update_request import IntegrationDiscordUpdateRequest
    from .integration_email import IntegrationEmail
    from .integration_email_create_request import IntegrationEmailCreateRequest
    from .integration_email_delete_request import IntegrationEmailDeleteRequest
    from .integration_email_initiate_request import IntegrationEmailInitiateRequest
    from .integration_email_list_item_event import IntegrationEmailListItemEvent
    from .integration_email_page import IntegrationEmailPage
    from .integration_email_setup_request import IntegrationEmailSetupRequest
    from .integration_email_update_request import IntegrationEmailUpdateRequest
    from .integration_extract import IntegrationExtract
    from .integration_extract_create_request import IntegrationExtractCreateRequest
    from .integration_extract_create_request_schema import (
        IntegrationExtractCreateRequestSchema,
    )
    from .integration_extract_delete_request import IntegrationExtractDeleteRequest
    from .integration_extract_item_export_page import IntegrationExtractItemExportPage
    from .integration_extract_item_export_page_items_item import (
        IntegrationExtractItemExportPageItemsItem,
    )
    from .integration_extract_item_export_page_items_item_data import (
        IntegrationExtractItemExportPageItemsItemData,
    )
    from .integration_extract_item_page import IntegrationExtractItemPage
    from .integration_extract_item_page_items_item import (
        IntegrationExtractItemPageItemsItem,
    )
    from .integration_extract_item_page_items_item_data import (
        IntegrationExtractItemPageItemsItemData,
    )
    from .integration_extract_list_item_event import IntegrationExtractListItemEvent
    from .integration_extract_page import IntegrationExtractPage
    from .integration_extract_schema import IntegrationExtractSchema
    from .integration_extract_trigger_request import IntegrationExtractTriggerRequest
    from .integration_extract_trigger_result import IntegrationExtractTriggerResult
    from .integration_extract_update_request import IntegrationExtractUpdateRequest
    from .integration_extract_update_request_schema import (
        IntegrationExtractUpdateRequestSchema,
    )
    from .integration_googlechat import IntegrationGooglechat
    from .integration_googlechat_create_request import (
        IntegrationGooglechatCreateRequest,
    )
    from .integration_googlechat_delete_request import (
        IntegrationGooglechatDeleteRequest,
    )
    from .integration_googlechat_initiate_request import (
        IntegrationGooglechatInitiateRequest,
    )
    from .integration_googlechat_list_item_event import (
        IntegrationGooglechatListItemEvent,
    )
    from .integration_googlechat_page import IntegrationGooglechatPage
    from .integration_googlechat_setup_request import IntegrationGooglechatSetupRequest
    from .integration_googlechat_update_request import (
        IntegrationGooglechatUpdateRequest,
    )
    from .integration_instagram import IntegrationInstagram
    from .integration_instagram_create_request import IntegrationInstagramCreateRequest
    from .integration_instagram_delete_request import IntegrationInstagramDeleteRequest
    from .integration_instagram_initiate_request import (
        IntegrationInstagramInitiateRequest,
    )
    from .integration_instagram_list_item_event import IntegrationInstagramListItemEvent
    from .integration_instagram_page import IntegrationInstagramPage
    from .integration_instagram_setup_request import IntegrationInstagramSetupRequest
    from .integration_instagram_update_request import IntegrationInstagramUpdateRequest
    from .integration_mcpserver import IntegrationMcpserver
    from .integration_mcpserver_create_request import IntegrationMcpserverCreateRequest
    from .integration_mcpserver_delete_request import IntegrationMcpserverDeleteRequest
    from .integration_mcpserver_list_item_event import IntegrationMcpserverListItemEvent
    from .integration_mcpserver_page import IntegrationMcpserverPage
    from .integration_mcpserver_update_request import IntegrationMcpserverUpdateRequest
    from .integration_messenger import IntegrationMessenger
    from .integration_messenger_create_request import IntegrationMessengerCreateRequest
    from .integration_messenger_delete_request import IntegrationMessengerDeleteRequest
    from .integration_messenger_initiate_request import (
        IntegrationMessengerInitiateRequest,
    )
    from .integration_messenger_list_item_event import IntegrationMessengerListItemEvent
    from .integration_messenger_page import IntegrationMessengerPage
    from .integration_messenger_setup_request import IntegrationMessengerSetupRequest
    from .integration_messenger_update_request import IntegrationMessengerUpdateRequest
    from .integration_microsoftteams import IntegrationMicrosoftteams
    from .integration_microsoftteams_create_request import (
        IntegrationMicrosoftteamsCreateRequest,
    )
    from .integration_microsoftteams_delete_request import (
        IntegrationMicrosoftteamsDeleteRequest,
    )
    from .integration_microsoftteams_initiate_request import (
        IntegrationMicrosoftteamsInitiateRequest,
    )
    from .integration_microsoftteams_list_item_event import (
        IntegrationMicrosoftteamsListItemEvent,
    )
    from .integration_microsoftteams_page import IntegrationMicrosoftteamsPage
    from .integration_microsoftteams_setup_request import (
        IntegrationMicrosoftteamsSetupRequest,
    )
    from .integration_microsoftteams_update_request import (
        IntegrationMicrosoftteamsUpdateRequest,
    )
    from .integration_notion import IntegrationNotion
    from .integration_notion_create_request import IntegrationNotionCreateRequest
    from .integration_notion_delete_request import IntegrationNotionDeleteRequest
    from .integration_notion_list_item_event import IntegrationNotionListItemEvent
    from .integration_notion_page import IntegrationNotionPage
    from .integration_notion_sync_request import IntegrationNotionSyncRequest
    from .integration_notion_update_request import IntegrationNotionUpdateRequest
    from .integration_recall_initiate_request import IntegrationRecallInitiateRequest
    from .integration_recall_initiate_result import IntegrationRecallInitiateResult
    from .integration_recall_initiate_result_bot import (
        IntegrationRecallInitiateResultBot,
    )
    from .integration_sitemap import IntegrationSitemap
    from .integration_sitemap_create_request import IntegrationSitemapCreateRequest
    from .integration_sitemap_delete_request import IntegrationSitemapDeleteRequest
    from .integration_sitemap_list_item_event import IntegrationSitemapListItemEvent
    from .integration_sitemap_page import IntegrationSitemapPage
    from .integration_sitemap_sync_request import IntegrationSitemapSyncRequest
    from .integration_sitemap_update_request import IntegrationSitemapUpdateRequest
    from .integration_skillserver import IntegrationSkillserver
    from .integration_skillserver_create_request import (
        IntegrationSkillserverCreateRequest,
    )
    from .integration_skillserver_delete_request import (
        IntegrationSkillserverDeleteRequest,
    )
    from .integration_skillserver_list_item_event import (
        IntegrationSkillserverListItemEvent,
    )
    from .integration_skillserver_page import IntegrationSkillserverPage
    from .integration_skillserver_update_request import (
        IntegrationSkillserverUpdateRequest,
    )
    from .integration_slack import IntegrationSlack
    from .integration_slack_create_request import IntegrationSlackCreateRequest
    from .integration_slack_delete_request import IntegrationSlackDeleteRequest
    from .integration_slack_initiate_request import IntegrationSlackInitiateRequest
    from .integration_slack_list_item_event import IntegrationSlackListItemEvent
    from .integration_slack_page import IntegrationSlackPage
    from .integration_slack_setup_request import IntegrationSlackSetupRequest
    from .integration_slack_update_request import IntegrationSlackUpdateRequest
    from .integration_support import IntegrationSupport
    from .integration_support_create_request import IntegrationSupportCreateRequest
    from .integration_support_delete_request import IntegrationSupportDeleteRequest
    from .integration_support_list_item_event import IntegrationSupportListItemEvent
    from .integration_support_page import IntegrationSupportPage
    from .integration_support_trigger_request import IntegrationSupportTriggerRequest
    from .integration_support_trigger_result import IntegrationSupportTriggerResult
    from .integration_support_update_request import IntegrationSupportUpdateRequest
    from .integration_telegram import IntegrationTelegram
    from .integration_telegram_create_request import IntegrationTelegramCreateRequest
    from .integration_telegram_delete_request import IntegrationTelegramDeleteRequest
    from .integration_telegram_initiate_request import (
        IntegrationTelegramInitiateRequest,
    )
    from .integration_telegram_list_item_event import IntegrationTelegramListItemEvent
    from .integration_telegram_page import IntegrationTelegramPage
    from .integration_telegram_setup_request import IntegrationTelegramSetupRequest
    from .integration_telegram_update_request import IntegrationTelegramUpdateRequest
    from .integration_trigger import IntegrationTrigger
    from .integration_trigger_create_request import IntegrationTriggerCreateRequest
    from .integration_trigger_delete_request import IntegrationTriggerDeleteRequest
    from .integration_trigger_invoke_request import IntegrationTriggerInvokeRequest
    from .integration_trigger_list_item_event import IntegrationTriggerListItemEvent
    from .integration_trigger_page import IntegrationTriggerPage
    from .integration_trigger_setup_request import IntegrationTriggerSetupRequest
    from .integration_trigger_update_request import IntegrationTriggerUpdateRequest
    from .integration_twilio import IntegrationTwilio
    from .integration_twilio_create_request import IntegrationTwilioCreateRequest
    from .integration_twilio_delete_request import IntegrationTwilioDeleteRequest
    from .integration_twilio_initiate_request import IntegrationTwilioInitiateRequest
    from .integration_twilio_initiate_request_channel import (
        IntegrationTwilioInitiateRequestChannel,
    )
    from .integration_twilio_list_item_event import IntegrationTwilioListItemEvent
    from .integration_twilio_page import IntegrationTwilioPage
    from .integration_twilio_setup_request import IntegrationTwilioSetupRequest
    from .integration_twilio_update_request import IntegrationTwilioUpdateRequest
    from .integration_whatsapp import IntegrationWhatsapp
    from .integration_whatsapp_create_request import IntegrationWhatsappCreateRequest
    from .integration_whatsapp_delete_request import IntegrationWhatsappDeleteRequest
    from .integration_whatsapp_initiate_request import (
        IntegrationWhatsappInitiateRequest,
    )
    from .integration_whatsapp_list_item_event import IntegrationWhatsappListItemEvent
    from .integration_whatsapp_page import IntegrationWhatsappPage
    from .integration_whatsapp_setup_request import IntegrationWhatsappSetupRequest
    from .integration_whatsapp_update_request import IntegrationWhatsappUpdateRequest
    from .integration_widget import IntegrationWidget
    from .integration_widget_clone_request import IntegrationWidgetCloneRequest
    from .integration_widget_create_request import IntegrationWidgetCreateRequest
    from .integration_widget_delete_request import IntegrationWidgetDeleteRequest
    from .integration_widget_file_attach_request import (
        IntegrationWidgetFileAttachRequest,
    )
    from .integration_widget_file_attach_request_type import (
        IntegrationWidgetFileAttachRequestType,
    )
    from .integration_widget_file_attach_result import IntegrationWidgetFileAttachResult
    from .integration_widget_file_detach_result import IntegrationWidgetFileDetachResult
    from .integration_widget_list_item_event import IntegrationWidgetListItemEvent
    from .integration_widget_page import IntegrationWidgetPage
    from .integration_widget_setup_request import IntegrationWidgetSetupRequest
    from .integration_widget_update_request import IntegrationWidgetUpdateRequest
    from .invoke_skill_server_ability_request import InvokeSkillServerAbilityRequest
    from .invoke_skill_server_ability_request_input import (
        InvokeSkillServerAbilityRequestInput,
    )
    from .invoke_skill_server_ability_result import InvokeSkillServerAbilityResult
    from .json_schema_object import JsonSchemaObject
    from .json_schema_object_properties import JsonSchemaObjectProperties
    from .limits import Limits
    from .limits_database import LimitsDatabase
    from .magic import Magic
    from .magic_generate_request import MagicGenerateRequest
    from .magic_generate_request_props import MagicGenerateRequestProps
    from .magic_generate_result import MagicGenerateResult
    from .magic_generate_result_event import MagicGenerateResultEvent
    from .magic_list_item_event import MagicListItemEvent
    from .magic_page import MagicPage
    from .memory import Memory
    from .memory_create_request import MemoryCreateRequest
    from .memory_delete_request import MemoryDeleteRequest
    from .memory_export_item_event import MemoryExportItemEvent
    from .memory_export_page import MemoryExportPage
    from .memory_list_item_event import MemoryListItemEvent
    from .memory_page import MemoryPage
    from .memory_search_request import MemorySearchRequest
    from .memory_search_result import MemorySearchResult
    from .memory_search_result_items_item import MemorySearchResultItemsItem
    from .memory_search_result_items_item_meta import MemorySearchResultItemsItemMeta
    from .memory_update_request import MemoryUpdateRequest
    from .message import Message
    from .message_type import MessageType
    from .meta import Meta
    from .meta_param import MetaParam
    from .openai_chat_completions_request import OpenaiChatCompletionsRequest
    from .order import Order
    from .partner_user import PartnerUser
    from .partner_user_context import PartnerUserContext
    from .partner_user_context_create_request import PartnerUserContextCreateRequest
    from .partner_user_context_create_request_payload import (
        PartnerUserContextCreateRequestPayload,
    )
    from .partner_user_context_create_result import PartnerUserContextCreateResult
    from .partner_user_context_create_result_payload import (
        PartnerUserContextCreateResultPayload,
    )
    from .partner_user_context_delete_request import PartnerUserContextDeleteRequest
    from .partner_user_context_list_item_event import PartnerUserContextListItemEvent
    from .partner_user_context_page import PartnerUserContextPage
    from .partner_user_context_payload import PartnerUserContextPayload
    from .partner_user_context_update_request import PartnerUserContextUpdateRequest
    from .partner_user_context_update_request_payload import (
        PartnerUserContextUpdateRequestPayload,
    )
    from .partner_user_create_request import PartnerUserCreateRequest
    from .partner_user_delete_request import PartnerUserDeleteRequest
    from .partner_user_list_item_event import PartnerUserListItemEvent
    from .partner_user_page import PartnerUserPage
    from .partner_user_session_create_request import PartnerUserSessionCreateRequest
    from .partner_user_session_create_request_config import (
        PartnerUserSessionCreateRequestConfig,
    )
    from .partner_user_session_create_result import PartnerUserSessionCreateResult
    from .partner_user_token import PartnerUserToken
    from .partner_user_token_create_request import PartnerUserTokenCreateRequest
    from .partner_user_token_create_request_config import (
        PartnerUserTokenCreateRequestConfig,
    )
    from .partner_user_token_create_request_meta import (
        PartnerUserTokenCreateRequestMeta,
    )
    from .partner_user_token_create_result import PartnerUserTokenCreateResult
    from .partner_user_token_delete_request import PartnerUserTokenDeleteRequest
    from .partner_user_token_list_item_event import PartnerUserTokenListItemEvent
    from .partner_user_token_page import PartnerUserTokenPage
    from .partner_user_token_update_request import PartnerUserTokenUpdateRequest
    from .partner_user_token_update_request_config import (
        PartnerUserTokenUpdateRequestConfig,
    )
    from .partner_user_token_update_request_meta import (
        PartnerUserTokenUpdateRequestMeta,
    )
    from .partner_user_update_request import PartnerUserUpdateRequest
    from .platform_ability import PlatformAbility
    from .platform_ability_list_item_event import PlatformAbilityListItemEvent
    from .platform_ability_page import PlatformAbilityPage
    from .platform_ability_schema import PlatformAbilitySchema
    from .platform_ability_schema_properties import PlatformAbilitySchemaProperties
    from .platform_ability_search_request import PlatformAbilitySearchRequest
    from .platform_ability_search_result import PlatformAbilitySearchResult
    from .platform_ability_search_result_items_item import (
        PlatformAbilitySearchResultItemsItem,
    )
    from .platform_ability_search_result_items_item_schema import (
        PlatformAbilitySearchResultItemsItemSchema,
    )
    from .platform_ability_search_result_items_item_schema_properties import (
        PlatformAbilitySearchResultItemsItemSchemaProperties,
    )
    from .platform_action import PlatformAction
    from .platform_action_list_item_event import PlatformActionListItemEvent
    from .platform_action_page import PlatformActionPage
    from .platform_doc import PlatformDoc
    from .platform_doc_list_item import PlatformDocListItem
    from .platform_doc_list_item_event import PlatformDocListItemEvent
    from .platform_doc_page import PlatformDocPage
    from .platform_doc_search_request import PlatformDocSearchRequest
    from .platform_doc_search_result import PlatformDocSearchResult
    from .platform_doc_search_result_items_item import PlatformDocSearchResultItemsItem
    from .platform_example import PlatformExample
    from .platform_example_clone_request import PlatformExampleCloneRequest
    from .platform_example_clone_result import PlatformExampleCloneResult
    from .platform_example_clone_result_resources import (
        PlatformExampleCloneResultResources,
    )
    from .platform_example_clone_result_resources_additional_property_item import (
        PlatformExampleCloneResultResourcesAdditionalPropertyItem,
    )
    from .platform_example_config import PlatformExampleConfig
    from .platform_example_list_item import PlatformExampleListItem
    from .platform_example_list_item_event import PlatformExampleListItemEvent
    from .platform_example_list_item_type import PlatformExampleListItemType
    from .platform_example_page import PlatformExamplePage
    from .platform_example_search_request import PlatformExampleSearchRequest
    from .platform_example_search_result import PlatformExampleSearchResult
    from .platform_example_search_result_items_item import (
        PlatformExampleSearchResultItemsItem,
    )
    from .platform_example_search_result_items_item_type import (
        PlatformExampleSearchResultItemsItemType,
    )
    from .platform_example_type import PlatformExampleType
    from .platform_guide import PlatformGuide
    from .platform_guide_list_item import PlatformGuideListItem
    from .platform_guide_list_item_event import PlatformGuideListItemEvent
    from .platform_guide_page import PlatformGuidePage
    from .platform_guide_search_request import PlatformGuideSearchRequest
    from .platform_guide_search_result import PlatformGuideSearchResult
    from .platform_guide_search_result_items_item import (
        PlatformGuideSearchResultItemsItem,
    )
    from .platform_manual import PlatformManual
    from .platform_manual_list_item import PlatformManualListItem
    from .platform_manual_list_item_event import PlatformManualListItemEvent
    from .platform_manual_page import PlatformManualPage
    from .platform_manual_search_request import PlatformManualSearchRequest
    from .platform_manual_search_result import PlatformManualSearchResult
    from .platform_manual_search_result_items_item import (
        PlatformManualSearchResultItemsItem,
    )
    from .platform_model import PlatformModel
    from .platform_model_list_item_event import PlatformModelListItemEvent
    from .platform_model_page import PlatformModelPage
    from .platform_report import PlatformReport
    from .platform_report_generate_request import PlatformReportGenerateRequest
    from .platform_report_generate_result import PlatformReportGenerateResult
    from .platform_report_list_item_event import PlatformReportListItemEvent
    from .platform_report_page import PlatformReportPage
    from .platform_secret import PlatformSecret
    from .platform_secret_config import PlatformSecretConfig
    from .platform_secret_list_item_event import PlatformSecretListItemEvent
    from .platform_secret_page import PlatformSecretPage
    from .platform_secret_search_request import PlatformSecretSearchRequest
    from .platform_secret_search_result import PlatformSecretSearchResult
    from .platform_secret_search_result_items_item import (
        PlatformSecretSearchResultItemsItem,
    )
    from .platform_secret_search_result_items_item_config import (
        PlatformSecretSearchResultItemsItemConfig,
    )
    from .platform_tutorial import PlatformTutorial
    from .platform_tutorial_list_item import PlatformTutorialListItem
    from .platform_tutorial_list_item_event import PlatformTutorialListItemEvent
    from .platform_tutorial_page import PlatformTutorialPage
    from .platform_tutorial_search_request import PlatformTutorialSearchRequest
    from .platform_tutorial_search_result import PlatformTutorialSearchResult
    from .platform_tutorial_search_result_items_item import (
        PlatformTutorialSearchResultItemsItem,
    )
    from .policy import Policy
    from .policy_config import PolicyConfig
    from .policy_create_request import PolicyCreateRequest
    from .policy_create_request_config import PolicyCreateRequestConfig
    from .policy_delete_request import PolicyDeleteRequest
    from .policy_list_item_event import PolicyListItemEvent
    from .policy_page import PolicyPage
    from .policy_type import PolicyType
    from .policy_update_request import PolicyUpdateRequest
    from .policy_update_request_config import PolicyUpdateRequestConfig
    from .portal import Portal
    from .portal_config import PortalConfig
    from .portal_create_request import PortalCreateRequest
    from .portal_create_request_config import PortalCreateRequestConfig
    from .portal_delete_request import PortalDeleteRequest
    from .portal_list_item_event import PortalListItemEvent
    from .portal_page import PortalPage
    from .portal_update_request import PortalUpdateRequest
    from .portal_update_request_config import PortalUpdateRequestConfig
    from .schedule import Schedule
    from .secret import Secret
    from .secret_authenticate_request import SecretAuthenticateRequest
    from .secret_authenticate_result import SecretAuthenticateResult
    from .secret_config import SecretConfig
    from .secret_create_request import SecretCreateRequest
    from .secret_create_request_config import SecretCreateRequestConfig
    from .secret_delete_request import SecretDeleteRequest
    from .secret_kind import SecretKind
    from .secret_list_item_event import SecretListItemEvent
    from .secret_page import SecretPage
    from .secret_revoke_request import SecretRevokeRequest
    from .secret_type import SecretType
    from .secret_update_request import SecretUpdateRequest
    from .secret_update_request_config import SecretUpdateRequestConfig
    from .secret_verify_request import SecretVerifyRequest
    from .secret_verify_result import SecretVerifyResult
    from .secret_verify_result_action_option_1 import SecretVerifyResultActionOption1
    from .secret_verify_result_status import SecretVerifyResultStatus
    from .secret_visibility import SecretVisibility
    from .skillset import Skillset
    from .skillset_ability import SkillsetAbility
    from .skillset_ability_create_request import SkillsetAbilityCreateRequest
    from .skillset_ability_delete_request import SkillsetAbilityDeleteRequest
    from .skillset_ability_execute_request import SkillsetAbilityExecuteRequest
    from .skillset_ability_execute_result import SkillsetAbilityExecuteResult
    from .skillset_ability_execute_result_event import SkillsetAbilityExecuteResultEvent
    from .skillset_ability_export_item_event import SkillsetAbilityExportItemEvent
    from .skillset_ability_export_page import SkillsetAbilityExportPage
    from .skillset_ability_list_item_event import SkillsetAbilityListItemEvent
    from .skillset_ability_page import SkillsetAbilityPage
    from .skillset_ability_update_request import SkillsetAbilityUpdateRequest
    from .skillset_create_request import SkillsetCreateRequest
    from .skillset_delete_request import SkillsetDeleteRequest
    from .skillset_list_item_event import SkillsetListItemEvent
    from .skillset_page import SkillsetPage
    from .skillset_update_request import SkillsetUpdateRequest
    from .skillset_visibility import SkillsetVisibility
    from .space import Space
    from .space_create_request import SpaceCreateRequest
    from .space_delete_request import SpaceDeleteRequest
    from .space_export_item import SpaceExportItem
    from .space_export_item_event import SpaceExportItemEvent
    from .space_export_page import SpaceExportPage
    from .space_list_item_event import SpaceListItemEvent
    from .space_page import SpacePage
    from .space_site import SpaceSite
    from .space_site_create_request import SpaceSiteCreateRequest
    from .space_site_delete_request import SpaceSiteDeleteRequest
    from .space_site_list_item import SpaceSiteListItem
    from .space_site_list_item_event import SpaceSiteListItemEvent
    from .space_site_page import SpaceSitePage
    from .space_site_update_request import SpaceSiteUpdateRequest
    from .space_storage_copy_request import SpaceStorageCopyRequest
    from .space_storage_copy_result import SpaceStorageCopyResult
    from .space_storage_delete_request import SpaceStorageDeleteRequest
    from .space_storage_delete_result import SpaceStorageDeleteResult
    from .space_storage_download_result import SpaceStorageDownloadResult
    from .space_storage_move_request import SpaceStorageMoveRequest
    from .space_storage_move_result import SpaceStorageMoveResult
    from .space_storage_page import SpaceStoragePage
    from .space_storage_page_items_item import SpaceStoragePageItemsItem
    from .space_storage_upload_form import SpaceStorageUploadForm
    from .space_storage_upload_request_option_1 import SpaceStorageUploadRequestOption1
    from .space_storage_upload_request_option_2 import SpaceStorageUploadRequestOption2
    from .space_storage_upload_request_option_2_file import (
        SpaceStorageUploadRequestOption2File,
    )
    from .space_storage_upload_request_option_2_file_meta import (
        SpaceStorageUploadRequestOption2FileMeta,
    )
    from .space_storage_upload_result import SpaceStorageUploadResult
    from .space_storage_upload_result_upload_request import (
        SpaceStorageUploadResultUploadRequest,
    )
    from .space_storage_upload_result_upload_request_headers import (
        SpaceStorageUploadResultUploadRequestHeaders,
    )
    from .space_update_request import SpaceUpdateRequest
    from .sync_status import SyncStatus
    from .task import Task
    from .task_cancel_request import TaskCancelRequest
    from .task_create_request import TaskCreateRequest
    from .task_delete_request import TaskDeleteRequest
    from .task_execution import TaskExecution
    from .task_execution_cancel_request import TaskExecutionCancelRequest
    from .task_execution_cancel_result import TaskExecutionCancelResult
    from .task_execution_list_item_event import TaskExecutionListItemEvent
    from .task_execution_page import TaskExecutionPage
    from .task_export_item import TaskExportItem
    from .task_export_item_event import TaskExportItemEvent
    from .task_export_page import TaskExportPage
    from .task_list_item_event import TaskListItemEvent
    from .task_outcome import TaskOutcome
    from .task_page import TaskPage
    from .task_status import TaskStatus
    from .task_subscribe_request import TaskSubscribeRequest
    from .task_trigger_request import TaskTriggerRequest
    from .task_update_request import TaskUpdateRequest
    from .task_workflow_error_event import TaskWorkflowErrorEvent
    from .task_workflow_error_event_data import TaskWorkflowErrorEventData
    from .task_workflow_operation_begin_event import TaskWorkflowOperationBeginEvent
    from .task_workflow_operation_begin_event_data import (
        TaskWorkflowOperationBeginEventData,
    )
    from .task_workflow_operation_begin_event_data_action import (
        TaskWorkflowOperationBeginEventDataAction,
    )
    from .task_workflow_operation_begin_event_data_action_kind import (
        TaskWorkflowOperationBeginEventDataActionKind,
    )
    from .task_workflow_operation_end_event import TaskWorkflowOperationEndEvent
    from .task_workflow_operation_end_event_data import (
        TaskWorkflowOperationEndEventData,
    )
    from .task_workflow_operation_end_event_data_action import (
        TaskWorkflowOperationEndEventDataAction,
    )
    from .task_workflow_operation_end_event_data_action_kind import (
        TaskWorkflowOperationEndEventDataActionKind,
    )
    from .team import Team
    from .team_list_item_event import TeamListItemEvent
    from .team_page import TeamPage
    from .trigger import Trigger
    from .usage import Usage
    from .usage_fetch_result import UsageFetchResult
    from .usage_fetch_result_database import UsageFetchResultDatabase
    from .usage_page import UsagePage
    from .usage_page_items_item import UsagePageItemsItem
    from .usage_series import UsageSeries
    from .usage_series_conversations_item import UsageSeriesConversationsItem
    from .usage_series_messages_item import UsageSeriesMessagesItem
    from .usage_series_tokens_item import UsageSeriesTokensItem

_MODULES: dict[str, str] = {
    "Abort": ".abort",
    "Accept": ".accept",
    "Blueprint": ".blueprint",
    "BlueprintBulletin": ".blueprint_bulletin",
    "BlueprintBulletinCreateRequest": ".blueprint_bulletin_create_request",
    "BlueprintBulletinCreateResult": ".blueprint_bulletin_create_result",
    "BlueprintBulletinCreateResultBulletin": ".blueprint_bulletin_create_result_bulletin",
    "BlueprintBulletinListItemEvent": ".blueprint_bulletin_list_item_event",
    "BlueprintBulletinPage": ".blueprint_bulletin_page",
    "BlueprintCloneRequest": ".blueprint_clone_request",
    "BlueprintCloneResult": ".blueprint_clone_result",
    "BlueprintCloneResultResources": ".blueprint_clone_result_resources",
    "BlueprintCreateRequest": ".blueprint_create_request",
    "BlueprintDeleteRequest": ".blueprint_delete_request",
    "BlueprintListItemEvent": ".blueprint_list_item_event",
    "BlueprintPage": ".blueprint_page",
    "BlueprintProps": ".blueprint_props",
    "BlueprintResourceExportPage": ".blueprint_resource_export_page",
    "BlueprintResourceExportPageResources": ".blueprint_resource_export_page_resources",
    "BlueprintResourceImportRequest": ".blueprint_resource_import_request",
    "BlueprintResourceImportRequestResources": ".blueprint_resource_import_request_resources",
    "BlueprintResourcePage": ".blueprint_resource_page",
    "BlueprintResourcePageResources": ".blueprint_resource_page_resources",
    "BlueprintUpdateRequest": ".blueprint_update_request",
    "BlueprintVisibility": ".blueprint_visibility",
    "Bot": ".bot",
    "BotCloneRequest": ".bot_clone_request",
    "BotConfig": ".bot_config",
    "BotCreateRequest": ".bot_create_request",
    "BotDeleteRequest": ".bot_delete_request",
    "BotDownvoteRequest": ".bot_downvote_request",
    "BotListItemEvent": ".bot_list_item_event",
    "BotMemorySearchRequest": ".bot_memory_search_request",
    "BotMemorySearchResult": ".bot_memory_search_result",
    "BotMemorySearchResultItemsItem": ".bot_memory_search_result_items_item",
    "BotMemorySearchResultItemsItemMeta": ".bot_memory_search_result_items_item_meta",
    "BotPage": ".bot_page",
    "BotRef": ".bot_ref",
    "BotSessionCreateRequest": ".bot_session_create_request",
    "BotSessionCreateRequestMessagesItem": ".bot_session_create_request_messages_item",
    "BotSessionCreateResult": ".bot_session_create_result",
    "BotSessionCreateResultMessagesItem": ".bot_session_create_result_messages_item",
    "BotUpdateRequest": ".bot_update_request",
    "BotUpvoteRequest": ".bot_upvote_request",
    "BotUsage": ".bot_usage",
    "BotVisibility": ".bot_visibility",
    "ChannelPublishRequest": ".channel_publish_request",
    "ChannelPublishRequestMessage": ".channel_publish_request_message",
    "ChannelSubscribeMessageEvent": ".channel_subscribe_message_event",
    "ChannelSubscribeMessageEventData": ".channel_subscribe_message_event_data",
    "ChannelSubscribeRequest": ".channel_subscribe_request",
    "CompactConversationStatelessRequest": ".compact_conversation_stateless_request",
    "CompactConversationStatelessResult": ".compact_conversation_stateless_result",
    "CompleteAbortEvent": ".complete_abort_event",
    "CompleteCompleteBeginEvent": ".complete_complete_begin_event",
    "CompleteCompleteBeginEventData": ".complete_complete_begin_event_data",
    "CompleteCompleteEndEvent": ".complete_complete_end_event",
    "CompleteCompleteEndEventData": ".complete_complete_end_event_data",
    "CompleteConversationRequest": ".complete_conversation_request",
    "CompleteConversationRequestAttachmentsItem": ".complete_conversation_request_attachments_item",
    "CompleteConversationRequestContactIdOption2": ".complete_conversation_request_contact_id_option_2",
    "CompleteConversationRequestContactIdOption2Meta": ".complete_conversation_request_contact_id_option_2_meta",
    "CompleteConversationResult": ".complete_conversation_result",
    "CompleteConversationResultEvent": ".complete_conversation_result_event",
    "CompleteEnd": ".complete_end",
    "CompleteErrorEvent": ".complete_error_event",
    "CompleteErrorEventData": ".complete_error_event_data",
    "CompleteMessageEvent": ".complete_message_event",
    "CompleteMessageEventData": ".complete_message_event_data",
    "CompleteReason": ".complete_reason",
    "CompleteReasoningTokenEvent": ".complete_reasoning_token_event",
    "CompleteReasoningTokenEventData": ".complete_reasoning_token_event_data",
    "CompleteTokenEvent": ".complete_token_event",
    "CompleteTokenEventData": ".complete_token_event_data",
    "CompleteUsageEvent": ".complete_usage_event",
    "CompleteUsageEventData": ".complete_usage_event_data",
    "CompleteWaitForChannelMessageBeginEvent": ".complete_wait_for_channel_message_begin_event",
    "CompleteWaitForChannelMessageBeginEventData": ".complete_wait_for_channel_message_begin_event_data",
    "CompleteWaitForChannelMessageEndEvent": ".complete_wait_for_channel_message_end_event",
    "CompleteWaitForChannelMessageEndEventData": ".complete_wait_for_channel_message_end_event_data",
    "Contact": ".contact",
    "ContactConversation": ".contact_conversation",
    "ContactConversationListItemEvent": ".contact_conversation_list_item_event",
    "ContactConversationPage": ".contact_conversation_page",
    "ContactCreateRequest": ".contact_create_request",
    "ContactDeleteRequest": ".contact_delete_request",
    "ContactEnsureRequest": ".contact_ensure_request",
    "ContactExportItemEvent": ".contact_export_item_event",
    "ContactExportPage": ".contact_export_page",
    "ContactListItemEvent": ".contact_list_item_event",
    "ContactMemory": ".contact_memory",
    "ContactMemoryListItemEvent": ".contact_memory_list_item_event",
    "ContactMemoryPage": ".contact_memory_page",
    "ContactMemorySearchRequest": ".contact_memory_search_request",
    "ContactMemorySearchResult": ".contact_memory_search_result",
    "ContactMemorySearchResultItemsItem": ".contact_memory_search_result_items_item",
    "ContactMemorySearchResultItemsItemMeta": ".contact_memory_search_result_items_item_meta",
    "ContactPage": ".contact_page",
    "ContactRating": ".contact_rating",
    "ContactRatingListItemEvent": ".contact_rating_list_item_event",
    "ContactRatingPage": ".contact_rating_page",
    "ContactSecret": ".contact_secret",
    "ContactSecretAuthenticateRequest": ".contact_secret_authenticate_request",
    "ContactSecretAuthenticateResult": ".contact_secret_authenticate_result",
    "ContactSecretListItemEvent": ".contact_secret_list_item_event",
    "ContactSecretPage": ".contact_secret_page",
    "ContactSecretRevokeRequest": ".contact_secret_revoke_request",
    "ContactSecretVerifyRequest": ".contact_secret_verify_request",
    "ContactSecretVerifyResult": ".contact_secret_verify_result",
    "ContactSecretVerifyResultActionOption1": ".contact_secret_verify_result_action_option_1",
    "ContactSecretVerifyResultStatus": ".contact_secret_verify_result_status",
    "ContactSpace": ".contact_space",
    "ContactSpaceListItemEvent": ".contact_space_list_item_event",
    "ContactSpacePage": ".contact_space_page",
    "ContactTask": ".contact_task",
    "ContactTaskListItemEvent": ".contact_task_list_item_event",
    "ContactTaskPage": ".contact_task_page",
    "ContactUpdateRequest": ".contact_update_request",
    "Conversation": ".conversation",
    "ConversationAttachmentPage": ".conversation_attachment_page",
    "ConversationAttachmentPageItemsItem": ".conversation_attachment_page_items_item",
    "ConversationAttachmentUploadForm": ".conversation_attachment_upload_form",
    "ConversationAttachmentUploadRequestOption1": ".conversation_attachment_upload_request_option_1",
    "ConversationAttachmentUploadRequestOption2": ".conversation_attachment_upload_request_option_2",
    "ConversationAttachmentUploadRequestOption2File": ".conversation_attachment_upload_request_option_2_file",
    "ConversationAttachmentUploadResult": ".conversation_attachment_upload_result",
    "ConversationAttachmentUploadResultUploadRequest": ".conversation_attachment_upload_result_upload_request",
    "ConversationAttachmentUploadResultUploadRequestHeaders": ".conversation_attachment_upload_result_upload_request_headers",
    "ConversationCompactResult": ".conversation_compact_result",
    "ConversationCompleteRequest": ".conversation_complete_request",
    "ConversationCompleteResult": ".conversation_complete_result",
    "ConversationCompleteResultEvent": ".conversation_complete_result_event",
    "ConversationContactUpsertRequest": ".conversation_contact_upsert_request",
    "ConversationCreateRequest": ".conversation_create_request",
    "ConversationCreateRequestMessagesItem": ".conversation_create_request_messages_item",
    "ConversationCreateResult": ".conversation_create_result",
    "ConversationCreateResultMessagesItem": ".conversation_create_result_messages_item",
    "ConversationDeleteRequest": ".conversation_delete_request",
    "ConversationDispatchRequest": ".conversation_dispatch_request",
    "ConversationDispatchResult": ".conversation_dispatch_result",
    "ConversationDownvoteRequest": ".conversation_downvote_request",
    "ConversationExportItem": ".conversation_export_item",
    "ConversationExportItemEvent": ".conversation_export_item_event",
    "ConversationExportPage": ".conversation_export_page",
    "ConversationListItem": ".conversation_list_item",
    "ConversationListItemEvent": ".conversation_list_item_event",
    "ConversationMessage": ".conversation_message",
    "ConversationMessageCreateRequest": ".conversation_message_create_request",
    "ConversationMessageCreateResult": ".conversation_message_create_result",
    "ConversationMessageDeleteRequest": ".conversation_message_delete_request",
    "ConversationMessageDownvoteRequest": ".conversation_message_downvote_request",
    "ConversationMessageListItemEvent": ".conversation_message_list_item_event",
    "ConversationMessagePage": ".conversation_message_page",
    "ConversationMessageSynthesizeRequest": ".conversation_message_synthesize_request",
    "ConversationMessageUpdateRequest": ".conversation_message_update_request",
    "ConversationMessageUpvoteRequest": ".conversation_message_upvote_request",
    "ConversationPage": ".conversation_page",
    "ConversationReceiveRequest": ".conversation_receive_request",
    "ConversationReceiveResult": ".conversation_receive_result",
    "ConversationReceiveResultEvent": ".conversation_receive_result_event",
    "ConversationSendRequest": ".conversation_send_request",
    "ConversationSendResult": ".conversation_send_result",
    "ConversationSendResultEvent": ".conversation_send_result_event",
    "ConversationSessionCreateRequest": ".conversation_session_create_request",
    "ConversationSessionCreateResult": ".conversation_session_create_result",
    "ConversationUpdateRequest": ".conversation_update_request",
    "ConversationUpvoteRequest": ".conversation_upvote_request",
    "ConversationUsage": ".conversation_usage",
    "Dataset": ".dataset",
    "DatasetCreateRequest": ".dataset_create_request",
    "DatasetDeleteRequest": ".dataset_delete_request",
    "DatasetFileAttachRequest": ".dataset_file_attach_request",
    "DatasetFileDetachRequest": ".dataset_file_detach_request",
    "DatasetFileListItemEvent": ".dataset_file_list_item_event",
    "DatasetFilePage": ".dataset_file_page",
    "DatasetFilePageItemsItem": ".dataset_file_page_items_item",
    "DatasetFileSyncRequest": ".dataset_file_sync_request",
    "DatasetFilter": ".dataset_filter",
    "DatasetFilterValueOption4": ".dataset_filter_value_option_4",
    "DatasetFilterValueOption5": ".dataset_filter_value_option_5",
    "DatasetFilterValueOption6": ".dataset_filter_value_option_6",
    "DatasetFilterValueOption7": ".dataset_filter_value_option_7",
    "DatasetFilterValueOption8": ".dataset_filter_value_option_8",
    "DatasetFilterValueOption9": ".dataset_filter_value_option_9",
    "DatasetListItemEvent": ".dataset_list_item_event",
    "DatasetPage": ".dataset_page",
    "DatasetRecord": ".dataset_record",
    "DatasetRecordCreateRequest": ".dataset_record_create_request",
    "DatasetRecordDeleteRequest": ".dataset_record_delete_request",
    "DatasetRecordExportItemEvent": ".dataset_record_export_item_event",
    "DatasetRecordExportPage": ".dataset_record_export_page",
    "DatasetRecordListItemEvent": ".dataset_record_list_item_event",
    "DatasetRecordPage": ".dataset_record_page",
    "DatasetRecordUpdateRequest": ".dataset_record_update_request",
    "DatasetSearchRequest": ".dataset_search_request",
    "DatasetSearchResult": ".dataset_search_result",
    "DatasetSearchResultRecordsItem": ".dataset_search_result_records_item",
    "DatasetSearchResultRecordsItemMeta": ".dataset_search_result_records_item_meta",
    "DatasetUpdateRequest": ".dataset_update_request",
    "DatasetVisibility": ".dataset_visibility",
    "DispatchConversationRequest": ".dispatch_conversation_request",
    "DispatchConversationRequestAttachmentsItem": ".dispatch_conversation_request_attachments_item",
    "DispatchConversationRequestContactIdOption2": ".dispatch_conversation_request_contact_id_option_2",
    "DispatchConversationRequestContactIdOption2Meta": ".dispatch_conversation_request_contact_id_option_2_meta",
    "DispatchConversationResult": ".dispatch_conversation_result",
    "Entity": ".entity",
    "EntityReplacement": ".entity_replacement",
    "EventLog": ".event_log",
    "EventLogExportItemEvent": ".event_log_export_item_event",
    "EventLogExportPage": ".event_log_export_page",
    "EventLogListItemEvent": ".event_log_list_item_event",
    "EventLogPage": ".event_log_page",
    "EventLogSubscribeItemEvent": ".event_log_subscribe_item_event",
    "EventLogSubscribeRequest": ".event_log_subscribe_request",
    "ExecutionLimits": ".execution_limits",
    "ExtensionsDefinition": ".extensions_definition",
    "ExtensionsDefinitionDatasetsItem": ".extensions_definition_datasets_item",
    "ExtensionsDefinitionDatasetsItemRecordsItem": ".extensions_definition_datasets_item_records_item",
    "ExtensionsDefinitionDatasetsItemRecordsItemMeta": ".extensions_definition_datasets_item_records_item_meta",
    "ExtensionsDefinitionFeaturesItem": ".extensions_definition_features_item",
    "ExtensionsDefinitionFeaturesItemOptions": ".extensions_definition_features_item_options",
    "ExtensionsDefinitionSkillsetsItem": ".extensions_definition_skillsets_item",
    "ExtensionsDefinitionSkillsetsItemAbilitiesItem": ".extensions_definition_skillsets_item_abilities_item",
    "ExtensionsDefinitionSkillsetsItemAbilitiesItemMeta": ".extensions_definition_skillsets_item_abilities_item_meta",
    "File": ".file",
    "FileCreateRequest": ".file_create_request",
    "FileDeleteRequest": ".file_delete_request",
    "FileDownloadResult": ".file_download_result",
    "FileListItemEvent": ".file_list_item_event",
    "FilePage": ".file_page",
    "FileSyncRequest": ".file_sync_request",
    "FileUpdateRequest": ".file_update_request",
    "FileUploadForm": ".file_upload_form",
    "FileUploadRequestOption1": ".file_upload_request_option_1",
    "FileUploadRequestOption2": ".file_upload_request_option_2",
    "FileUploadRequestOption2File": ".file_upload_request_option_2_file",
    "FileUploadResult": ".file_upload_result",
    "FileUploadResultUploadRequest": ".file_upload_result_upload_request",
    "FileUploadResultUploadRequestHeaders": ".file_upload_result_upload_request_headers",
    "FileVisibility": ".file_visibility",
    "FunctionsDefinitionItem": ".functions_definition_item",
    "FunctionsDefinitionItemCall": ".functions_definition_item_call",
    "FunctionsDefinitionItemParameters": ".functions_definition_item_parameters",
    "FunctionsDefinitionItemParametersProperties": ".functions_definition_item_parameters_properties",
    "FunctionsDefinitionItemResultOption1": ".functions_definition_item_result_option_1",
    "FunctionsDefinitionItemResultOption2": ".functions_definition_item_result_option_2",
    "GeneratePlatformReportsRequest": ".generate_platform_reports_request",
    "GeneratePlatformReportsRequestAdditionalProperty": ".generate_platform_reports_request_additional_property",
    "GeneratePlatformReportsResult": ".generate_platform_reports_result",
    "GeneratePlatformReportsResultValueOption1": ".generate_platform_reports_result_value_option_1",
    "GeneratePlatformReportsResultValueOption2": ".generate_platform_reports_result_value_option_2",
    "GraphqlRequest": ".graphql_request",
    "GraphqlRequestVariables": ".graphql_request_variables",
    "GraphqlResult": ".graphql_result",
    "GraphqlResultData": ".graphql_result_data",
    "GraphqlResultErrorsItem": ".graphql_result_errors_item",
    "IdResult": ".id_result",
    "InstanceCrudProps": ".instance_crud_props",
    "InstanceListProps": ".instance_list_props",
    "InstanceMetaProps": ".instance_meta_props",
    "InstanceRefProperties": ".instance_ref_properties",
    "IntegrationDiscord": ".integration_discord",
    "IntegrationDiscordCreateRequest": ".integration_discord_create_request",
    "IntegrationDiscordDeleteRequest": ".integration_discord_delete_request",
    "IntegrationDiscordInitiateRequest": ".integration_discord_initiate_request",
    "IntegrationDiscordListItemEvent": ".integration_discord_list_item_event",
    "IntegrationDiscordPage": ".integration_discord_page",
    "IntegrationDiscordSetupRequest": ".integration_discord_setup_request",
    "IntegrationDiscordUpdateRequest": ".integration_discord_update_request",
    "IntegrationEmail": ".integration_email",
    "IntegrationEmailCreateRequest": ".integration_email_create_request",
    "IntegrationEmailDeleteRequest": ".integration_email_delete_request",
    "IntegrationEmailInitiateRequest": ".integration_email_initiate_request",
    "IntegrationEmailListItemEvent": ".integration_email_list_item_event",
    "IntegrationEmailPage": ".integration_email_page",
    "IntegrationEmailSetupRequest": ".integration_email_setup_request",
    "IntegrationEmailUpdateRequest": ".integration_email_update_request",
    "IntegrationExtract": ".integration_extract",
    "IntegrationExtractCreateRequest": ".integration_extract_create_request",
    "IntegrationExtractCreateRequestSchema": ".integration_extract_create_request_schema",
    "IntegrationExtractDeleteRequest": ".integration_extract_delete_request",
    "IntegrationExtractItemExportPage": ".integration_extract_item_export_page",
    "IntegrationExtractItemExportPageItemsItem": ".integration_extract_item_export_page_items_item",
    "IntegrationExtractItemExportPageItemsItemData": ".integration_extract_item_export_page_items_item_data",
    "IntegrationExtractItemPage": ".integration_extract_item_page",
    "IntegrationExtractItemPageItemsItem": ".integration_extract_item_page_items_item",
    "IntegrationExtractItemPageItemsItemData": ".integration_extract_item_page_items_item_data",
    "IntegrationExtractListItemEvent": ".integration_extract_list_item_event",
    "IntegrationExtractPage": ".integration_extract_page",
    "IntegrationExtractSchema": ".integration_extract_schema",
    "IntegrationExtractTriggerRequest": ".integration_extract_trigger_request",
    "IntegrationExtractTriggerResult": ".integration_extract_trigger_result",
    "IntegrationExtractUpdateRequest": ".integration_extract_update_request",
    "IntegrationExtractUpdateRequestSchema": ".integration_extract_update_request_schema",
    "IntegrationGooglechat": ".integration_googlechat",
    "IntegrationGooglechatCreateRequest": ".integration_googlechat_create_request",
    "IntegrationGooglechatDeleteRequest": ".integration_googlechat_delete_request",
    "IntegrationGooglechatInitiateRequest": ".integration_googlechat_initiate_request",
    "IntegrationGooglechatListItemEvent": ".integration_googlechat_list_item_event",
    "IntegrationGooglechatPage": ".integration_googlechat_page",
    "IntegrationGooglechatSetupRequest": ".integration_googlechat_setup_request",
    "IntegrationGooglechatUpdateRequest": ".integration_googlechat_update_request",
    "IntegrationInstagram": ".integration_instagram",
    "IntegrationInstagramCreateRequest": ".integration_instagram_create_request",
    "IntegrationInstagramDeleteRequest": ".integration_instagram_delete_request",
    "IntegrationInstagramInitiateRequest": ".integration_instagram_initiate_request",
    "IntegrationInstagramListItemEvent": ".integration_instagram_list_item_event",
    "IntegrationInstagramPage": ".integration_instagram_page",
    "IntegrationInstagramSetupRequest": ".integration_instagram_setup_request",
    "IntegrationInstagramUpdateRequest": ".integration_instagram_update_request",
    "IntegrationMcpserver": ".integration_mcpserver",
    "IntegrationMcpserverCreateRequest": ".integration_mcpserver_create_request",
    "IntegrationMcpserverDeleteRequest": ".integration_mcpserver_delete_request",
    "IntegrationMcpserverListItemEvent": ".integration_mcpserver_list_item_event",
    "IntegrationMcpserverPage": ".integration_mcpserver_page",
    "IntegrationMcpserverUpdateRequest": ".integration_mcpserver_update_request",
    "IntegrationMessenger": ".integration_messenger",
    "IntegrationMessengerCreateRequest": ".integration_messenger_create_request",
    "IntegrationMessengerDeleteRequest": ".integration_messenger_delete_request",
    "IntegrationMessengerInitiateRequest": ".integration_messenger_initiate_request",
    "IntegrationMessengerListItemEvent": ".integration_messenger_list_item_event",
    "IntegrationMessengerPage": ".integration_messenger_page",
    "IntegrationMessengerSetupRequest": ".integration_messenger_setup_request",
    "IntegrationMessengerUpdateRequest": ".integration_messenger_update_request",
    "IntegrationMicrosoftteams": ".integration_microsoftteams",
    "IntegrationMicrosoftteamsCreateRequest": ".integration_microsoftteams_create_request",
    "IntegrationMicrosoftteamsDeleteRequest": ".integration_microsoftteams_delete_request",
    "IntegrationMicrosoftteamsInitiateRequest": ".integration_microsoftteams_initiate_request",
    "IntegrationMicrosoftteamsListItemEvent": ".integration_microsoftteams_list_item_event",
    "IntegrationMicrosoftteamsPage": ".integration_microsoftteams_page",
    "IntegrationMicrosoftteamsSetupRequest": ".integration_microsoftteams_setup_request",
    "IntegrationMicrosoftteamsUpdateRequest": ".integration_microsoftteams_update_request",
    "IntegrationNotion": ".integration_notion",
    "IntegrationNotionCreateRequest": ".integration_notion_create_request",
    "IntegrationNotionDeleteRequest": ".integration_notion_delete_request",
    "IntegrationNotionListItemEvent": ".integration_notion_list_item_event",
    "IntegrationNotionPage": ".integration_notion_page",
    "IntegrationNotionSyncRequest": ".integration_notion_sync_request",
    "IntegrationNotionUpdateRequest": ".integration_notion_update_request",
    "IntegrationRecallInitiateRequest": ".integration_recall_initiate_request",
    "IntegrationRecallInitiateResult": ".integration_recall_initiate_result",
    "IntegrationRecallInitiateResultBot": ".integration_recall_initiate_result_bot",
    "IntegrationSitemap": ".integration_sitemap",
    "IntegrationSitemapCreateRequest": ".integration_sitemap_create_request",
    "IntegrationSitemapDeleteRequest": ".integration_sitemap_delete_request",
    "IntegrationSitemapListItemEvent": ".integration_sitemap_list_item_event",
    "IntegrationSitemapPage": ".integration_sitemap_page",
    "IntegrationSitemapSyncRequest": ".integration_sitemap_sync_request",
    "IntegrationSitemapUpdateRequest": ".integration_sitemap_update_request",
    "IntegrationSkillserver": ".integration_skillserver",
    "IntegrationSkillserverCreateRequest": ".integration_skillserver_create_request",
    "IntegrationSkillserverDeleteRequest": ".integration_skillserver_delete_request",
    "IntegrationSkillserverListItemEvent": ".integration_skillserver_list_item_event",
    "IntegrationSkillserverPage": ".integration_skillserver_page",
    "IntegrationSkillserverUpdateRequest": ".integration_skillserver_update_request",
    "IntegrationSlack": ".integration_slack",
    "IntegrationSlackCreateRequest": ".integration_slack_create_request",
    "IntegrationSlackDeleteRequest": ".integration_slack_delete_request",
    "IntegrationSlackInitiateRequest": ".integration_slack_initiate_request",
    "IntegrationSlackListItemEvent": ".integration_slack_list_item_event",
    "IntegrationSlackPage": ".integration_slack_page",
    "IntegrationSlackSetupRequest": ".integration_slack_setup_request",
    "IntegrationSlackUpdateRequest": ".integration_slack_update_request",
    "IntegrationSupport": ".integration_support",
    "IntegrationSupportCreateRequest": ".integration_support_create_request",
    "IntegrationSupportDeleteRequest": ".integration_support_delete_request",
    "IntegrationSupportListItemEvent": ".integration_support_list_item_event",
    "IntegrationSupportPage": ".integration_support_page",
    "IntegrationSupportTriggerRequest": ".integration_support_trigger_request",
    "IntegrationSupportTriggerResult": ".integration_support_trigger_result",
    "IntegrationSupportUpdateRequest": ".integration_support_update_request",
    "IntegrationTelegram": ".integration_telegram",
    "IntegrationTelegramCreateRequest": ".integration_telegram_create_request",
    "IntegrationTelegramDeleteRequest": ".integration_telegram_delete_request",
    "IntegrationTelegramInitiateRequest": ".integration_telegram_initiate_request",
    "IntegrationTelegramListItemEvent": ".integration_telegram_list_item_event",
    "IntegrationTelegramPage": ".integration_telegram_page",
    "IntegrationTelegramSetupRequest": ".integration_telegram_setup_request",
    "IntegrationTelegramUpdateRequest": ".integration_telegram_update_request",
    "IntegrationTrigger": ".integration_trigger",
    "IntegrationTriggerCreateRequest": ".integration_trigger_create_request",
    "IntegrationTriggerDeleteRequest": ".integration_trigger_delete_request",
    "IntegrationTriggerInvokeRequest": ".integration_trigger_invoke_request",
    "IntegrationTriggerListItemEvent": ".integration_trigger_list_item_event",
    "IntegrationTriggerPage": ".integration_trigger_page",
    "IntegrationTriggerSetupRequest": ".integration_trigger_setup_request",
    "IntegrationTriggerUpdateRequest": ".integration_trigger_update_request",
    "IntegrationTwilio": ".integration_twilio",
    "IntegrationTwilioCreateRequest": ".integration_twilio_create_request",
    "IntegrationTwilioDeleteRequest": ".integration_twilio_delete_request",
    "IntegrationTwilioInitiateRequest": ".integration_twilio_initiate_request",
    "IntegrationTwilioInitiateRequestChannel": ".integration_twilio_initiate_request_channel",
    "IntegrationTwilioListItemEvent": ".integration_twilio_list_item_event",
    "IntegrationTwilioPage": ".integration_twilio_page",
    "IntegrationTwilioSetupRequest": ".integration_twilio_setup_request",
    "IntegrationTwilioUpdateRequest": ".integration_twilio_update_request",
    "IntegrationWhatsapp": ".integration_whatsapp",
    "IntegrationWhatsappCreateRequest": ".integration_whatsapp_create_request",
    "IntegrationWhatsappDeleteRequest": ".integration_whatsapp_delete_request",
    "IntegrationWhatsappInitiateRequest": ".integration_whatsapp_initiate_request",
    "IntegrationWhatsappListItemEvent": ".integration_whatsapp_list_item_event",
    "IntegrationWhatsappPage": ".integration_whatsapp_page",
    "IntegrationWhatsappSetupRequest": ".integration_whatsapp_setup_request",
    "IntegrationWhatsappUpdateRequest": ".integration_whatsapp_update_request",
    "IntegrationWidget": ".integration_widget",
    "IntegrationWidgetCloneRequest": ".integration_widget_clone_request",
    "IntegrationWidgetCreateRequest": ".integration_widget_create_request",
    "IntegrationWidgetDeleteRequest": ".integration_widget_delete_request",
    "IntegrationWidgetFileAttachRequest": ".integration_widget_file_attach_request",
    "IntegrationWidgetFileAttachRequestType": ".integration_widget_file_attach_request_type",
    "IntegrationWidgetFileAttachResult": ".integration_widget_file_attach_result",
    "IntegrationWidgetFileDetachResult": ".integration_widget_file_detach_result",
    "IntegrationWidgetListItemEvent": ".integration_widget_list_item_event",
    "IntegrationWidgetPage": ".integration_widget_page",
    "IntegrationWidgetSetupRequest": ".integration_widget_setup_request",
    "IntegrationWidgetUpdateRequest": ".integration_widget_update_request",
    "InvokeSkillServerAbilityRequest": ".invoke_skill_server_ability_request",
    "InvokeSkillServerAbilityRequestInput": ".invoke_skill_server_ability_request_input",
    "InvokeSkillServerAbilityResult": ".invoke_skill_server_ability_result",
    "JsonSchemaObject": ".json_schema_object",
    "JsonSchemaObjectProperties": ".json_schema_object_properties",
    "Limits": ".limits",
    "LimitsDatabase": ".limits_database",
    "Magic": ".magic",
    "MagicGenerateRequest": ".magic_generate_request",
    "MagicGenerateRequestProps": ".magic_generate_request_props",
    "MagicGenerateResult": ".magic_generate_result",
    "MagicGenerateResultEvent": ".magic_generate_result_event",
    "MagicListItemEvent": ".magic_list_item_event",
    "MagicPage": ".magic_page",
    "Memory": ".memory",
    "MemoryCreateRequest": ".memory_create_request",
    "MemoryDeleteRequest": ".memory_delete_request",
    "MemoryExportItemEvent": ".memory_export_item_event",
    "MemoryExportPage": ".memory_export_page",
    "MemoryListItemEvent": ".memory_list_item_event",
    "MemoryPage": ".memory_page",
    "MemorySearchRequest": ".memory_search_request",
    "MemorySearchResult": ".memory_search_result",
    "MemorySearchResultItemsItem": ".memory_search_result_items_item",
    "MemorySearchResultItemsItemMeta": ".memory_search_result_items_item_meta",
    "MemoryUpdateRequest": ".memory_update_request",
    "Message": ".message",
    "MessageType": ".message_type",
    "Meta": ".meta",
    "MetaParam": ".meta_param",
    "OpenaiChatCompletionsRequest": ".openai_chat_completions_request",
    "Order": ".order",
    "PartnerUser": ".partner_user",
    "PartnerUserContext": ".partner_user_context",
    "PartnerUserContextCreateRequest": ".partner_user_context_create_request",
    "PartnerUserContextCreateRequestPayload": ".partner_user_context_create_request_payload",
    "PartnerUserContextCreateResult": ".partner_user_context_create_result",
    "PartnerUserContextCreateResultPayload": ".partner_user_context_create_result_payload",
    "PartnerUserContextDeleteRequest": ".partner_user_context_delete_request",
    "PartnerUserContextListItemEvent": ".partner_user_context_list_item_event",
    "PartnerUserContextPage": ".partner_user_context_page",
    "PartnerUserContextPayload": ".partner_user_context_payload",
    "PartnerUserContextUpdateRequest": ".partner_user_context_update_request",
    "PartnerUserContextUpdateRequestPayload": ".partner_user_context_update_request_payload",
    "PartnerUserCreateRequest": ".partner_user_create_request",
    "PartnerUserDeleteRequest": ".partner_user_delete_request",
    "PartnerUserListItemEvent": ".partner_user_list_item_event",
    "PartnerUserPage": ".partner_user_page",
    "PartnerUserSessionCreateRequest": ".partner_user_session_create_request",
    "PartnerUserSessionCreateRequestConfig": ".partner_user_session_create_request_config",
    "PartnerUserSessionCreateResult": ".partner_user_session_create_result",
    "PartnerUserToken": ".partner_user_token",
    "PartnerUserTokenCreateRequest": ".partner_user_token_create_request",
    "PartnerUserTokenCreateRequestConfig": ".partner_user_token_create_request_config",
    "PartnerUserTokenCreateRequestMeta": ".partner_user_token_create_request_meta",
    "PartnerUserTokenCreateResult": ".partner_user_token_create_result",
    "PartnerUserTokenDeleteRequest": ".partner_user_token_delete_request",
    "PartnerUserTokenListItemEvent": ".partner_user_token_list_item_event",
    "PartnerUserTokenPage": ".partner_user_token_page",
    "PartnerUserTokenUpdateRequest": ".partner_user_token_update_request",
    "PartnerUserTokenUpdateRequestConfig": ".partner_user_token_update_request_config",
    "PartnerUserTokenUpdateRequestMeta": ".partner_user_token_update_request_meta",
    "PartnerUserUpdateRequest": ".partner_user_update_request",
    "PlatformAbility": ".platform_ability",
    "PlatformAbilityListItemEvent": ".platform_ability_list_item_event",
    "PlatformAbilityPage": ".platform_ability_page",
    "PlatformAbilitySchema": ".platform_ability_schema",
    "PlatformAbilitySchemaProperties": ".platform_ability_schema_properties",
    "PlatformAbilitySearchRequest": ".platform_ability_search_request",
    "PlatformAbilitySearchResult": ".platform_ability_search_result",
    "PlatformAbilitySearchResultItemsItem": ".platform_ability_search_result_items_item",
    "PlatformAbilitySearchResultItemsItemSchema": ".platform_ability_search_result_items_item_schema",
    "PlatformAbilitySearchResultItemsItemSchemaProperties": ".platform_ability_search_result_items_item_schema_properties",
    "PlatformAction": ".platform_action",
    "PlatformActionListItemEvent": ".platform_action_list_item_event",
    "PlatformActionPage": ".platform_action_page",
    "PlatformDoc": ".platform_doc",
    "PlatformDocListItem": ".platform_doc_list_item",
    "PlatformDocListItemEvent": ".platform_doc_list_item_event",
    "PlatformDocPage": ".platform_doc_page",
    "PlatformDocSearchRequest": ".platform_doc_search_request",
    "PlatformDocSearchResult": ".platform_doc_search_result",
    "PlatformDocSearchResultItemsItem": ".platform_doc_search_result_items_item",
    "PlatformExample": ".platform_example",
    "PlatformExampleCloneRequest": ".platform_example_clone_request",
    "PlatformExampleCloneResult": ".platform_example_clone_result",
    "PlatformExampleCloneResultResources": ".platform_example_clone_result_resources",
    "PlatformExampleCloneResultResourcesAdditionalPropertyItem": ".platform_example_clone_result_resources_additional_property_item",
    "PlatformExampleConfig": ".platform_example_config",
    "PlatformExampleListItem": ".platform_example_list_item",
    "PlatformExampleListItemEvent": ".platform_example_list_item_event",
    "PlatformExampleListItemType": ".platform_example_list_item_type",
    "PlatformExamplePage": ".platform_example_page",
    "PlatformExampleSearchRequest": ".platform_example_search_request",
    "PlatformExampleSearchResult": ".platform_example_search_result",
    "PlatformExampleSearchResultItemsItem": ".platform_example_search_result_items_item",
    "PlatformExampleSearchResultItemsItemType": ".platform_example_search_result_items_item_type",
    "PlatformExampleType": ".platform_example_type",
    "PlatformGuide": ".platform_guide",
    "PlatformGuideListItem": ".platform_guide_list_item",
    "PlatformGuideListItemEvent": ".platform_guide_list_item_event",
    "PlatformGuidePage": ".platform_guide_page",
    "PlatformGuideSearchRequest": ".platform_guide_search_request",
    "PlatformGuideSearchResult": ".platform_guide_search_result",
    "PlatformGuideSearchResultItemsItem": ".platform_guide_search_result_items_item",
    "PlatformManual": ".platform_manual",
    "PlatformManualListItem": ".platform_manual_list_item",
    "PlatformManualListItemEvent": ".platform_manual_list_item_event",
    "PlatformManualPage": ".platform_manual_page",
    "PlatformManualSearchRequest": ".platform_manual_search_request",
    "PlatformManualSearchResult": ".platform_manual_search_result",
    "PlatformManualSearchResultItemsItem": ".platform_manual_search_result_items_item",
    "PlatformModel": ".platform_model",
    "PlatformModelListItemEvent": ".platform_model_list_item_event",
    "PlatformModelPage": ".platform_model_page",
    "PlatformReport": ".platform_report",
    "PlatformReportGenerateRequest": ".platform_report_generate_request",
    "PlatformReportGenerateResult": ".platform_report_generate_result",
    "PlatformReportListItemEvent": ".platform_report_list_item_event",
    "PlatformReportPage": ".platform_report_page",
    "PlatformSecret": ".platform_secret",
    "PlatformSecretConfig": ".platform_secret_config",
    "PlatformSecretListItemEvent": ".platform_secret_list_item_event",
    "PlatformSecretPage": ".platform_secret_page",
    "PlatformSecretSearchRequest": ".platform_secret_search_request",
    "PlatformSecretSearchResult": ".platform_secret_search_result",
    "PlatformSecretSearchResultItemsItem": ".platform_secret_search_result_items_item",
    "PlatformSecretSearchResultItemsItemConfig": ".platform_secret_search_result_items_item_config",
    "PlatformTutorial": ".platform_tutorial",
    "PlatformTutorialListItem": ".platform_tutorial_list_item",
    "PlatformTutorialListItemEvent": ".platform_tutorial_list_item_event",
    "PlatformTutorialPage": ".platform_tutorial_page",
    "PlatformTutorialSearchRequest": ".platform_tutorial_search_request",
    "PlatformTutorialSearchResult": ".platform_tutorial_search_result",
    "PlatformTutorialSearchResultItemsItem": ".platform_tutorial_search_result_items_item",
    "Policy": ".policy",
    "PolicyConfig": ".policy_config",
    "PolicyCreateRequest": ".policy_create_request",
    "PolicyCreateRequestConfig": ".policy_create_request_config",
    "PolicyDeleteRequest": ".policy_delete_request",
    "PolicyListItemEvent": ".policy_list_item_event",
    "PolicyPage": ".policy_page",
    "PolicyType": ".policy_type",
    "PolicyUpdateRequest": ".policy_update_request",
    "PolicyUpdateRequestConfig": ".policy_update_request_config",
    "Portal": ".portal",
    "PortalConfig": ".portal_config",
    "PortalCreateRequest": ".portal_create_request",
    "PortalCreateRequestConfig": ".portal_create_request_config",
    "PortalDeleteRequest": ".portal_delete_request",
    "PortalListItemEvent": ".portal_list_item_event",
    "PortalPage": ".portal_page",
    "PortalUpdateRequest": ".portal_update_request",
    "PortalUpdateRequestConfig": ".portal_update_request_config",
    "Schedule": ".schedule",
    "Secret": ".secret",
    "SecretAuthenticateRequest": ".secret_authenticate_request",
    "SecretAuthenticateResult": ".secret_authenticate_result",
    "SecretConfig": ".secret_config",
    "SecretCreateRequest": ".secret_create_request",
    "SecretCreateRequestConfig": ".secret_create_request_config",
    "SecretDeleteRequest": ".secret_delete_request",
    "SecretKind": ".secret_kind",
    "SecretListItemEvent": ".secret_list_item_event",
    "SecretPage": ".secret_page",
    "SecretRevokeRequest": ".secret_revoke_request",
    "SecretType": ".secret_type",
    "SecretUpdateRequest": ".secret_update_request",
    "SecretUpdateRequestConfig": ".secret_update_request_config",
    "SecretVerifyRequest": ".secret_verify_request",
    "SecretVerifyResult": ".secret_verify_result",
    "SecretVerifyResultActionOption1": ".secret_verify_result_action_option_1",
    "SecretVerifyResultStatus": ".secret_verify_result_status",
    "SecretVisibility": ".secret_visibility",
    "Skillset": ".skillset",
    "SkillsetAbility": ".skillset_ability",
    "SkillsetAbilityCreateRequest": ".skillset_ability_create_request",
    "SkillsetAbilityDeleteRequest": ".skillset_ability_delete_request",
    "SkillsetAbilityExecuteRequest": ".skillset_ability_execute_request",
    "SkillsetAbilityExecuteResult": ".skillset_ability_execute_result",
    "SkillsetAbilityExecuteResultEvent": ".skillset_ability_execute_result_event",
    "SkillsetAbilityExportItemEvent": ".skillset_ability_export_item_event",
    "SkillsetAbilityExportPage": ".skillset_ability_export_page",
    "SkillsetAbilityListItemEvent": ".skillset_ability_list_item_event",
    "SkillsetAbilityPage": ".skillset_ability_page",
    "SkillsetAbilityUpdateRequest": ".skillset_ability_update_request",
    "SkillsetCreateRequest": ".skillset_create_request",
    "SkillsetDeleteRequest": ".skillset_delete_request",
    "SkillsetListItemEvent": ".skillset_list_item_event",
    "SkillsetPage": ".skillset_page",
    "SkillsetUpdateRequest": ".skillset_update_request",
    "SkillsetVisibility": ".skillset_visibility",
    "Space": ".space",
    "SpaceCreateRequest": ".space_create_request",
    "SpaceDeleteRequest": ".space_delete_request",
    "SpaceExportItem": ".space_export_item",
    "SpaceExportItemEvent": ".space_export_item_event",
    "SpaceExportPage": ".space_export_page",
    "SpaceListItemEvent": ".space_list_item_event",
    "SpacePage": ".space_page",
    "SpaceSite": ".space_site",
    "SpaceSiteCreateRequest": ".space_site_create_request",
    "SpaceSiteDeleteRequest": ".space_site_delete_request",
    "SpaceSiteListItem": ".space_site_list_item",
    "SpaceSiteListItemEvent": ".space_site_list_item_event",
    "SpaceSitePage": ".space_site_page",
    "SpaceSiteUpdateRequest": ".space_site_update_request",
    "SpaceStorageCopyRequest": ".space_storage_copy_request",
    "SpaceStorageCopyResult": ".space_storage_copy_result",
    "SpaceStorageDeleteRequest": ".space_storage_delete_request",
    "SpaceStorageDeleteResult": ".space_storage_delete_result",
    "SpaceStorageDownloadResult": ".space_storage_download_result",
    "SpaceStorageMoveRequest": ".space_storage_move_request",
    "SpaceStorageMoveResult": ".space_storage_move_result",
    "SpaceStoragePage": ".space_storage_page",
    "SpaceStoragePageItemsItem": ".space_storage_page_items_item",
    "SpaceStorageUploadForm": ".space_storage_upload_form",
    "SpaceStorageUploadRequestOption1": ".space_storage_upload_request_option_1",
    "SpaceStorageUploadRequestOption2": ".space_storage_upload_request_option_2",
    "SpaceStorageUploadRequestOption2File": ".space_storage_upload_request_option_2_file",
    "SpaceStorageUploadRequestOption2FileMeta": ".space_storage_upload_request_option_2_file_meta",
    "SpaceStorageUploadResult": ".space_storage_upload_result",
    "SpaceStorageUploadResultUploadRequest": ".space_storage_upload_result_upload_request",
    "SpaceStorageUploadResultUploadRequestHeaders": ".space_storage_upload_result_upload_request_headers",
    "SpaceUpdateRequest": ".space_update_request",
    "SyncStatus": ".sync_status",
    "Task": ".task",
    "TaskCancelRequest": ".task_cancel_request",
    "TaskCreateRequest": ".task_create_request",
    "TaskDeleteRequest": ".task_delete_request",
    "TaskExecution": ".task_execution",
    "TaskExecutionCancelRequest": ".task_execution_cancel_request",
    "TaskExecutionCancelResult": ".task_execution_cancel_result",
    "TaskExecutionListItemEvent": ".task_execution_list_item_event",
    "TaskExecutionPage": ".task_execution_page",
    "TaskExportItem": ".task_export_item",
    "TaskExportItemEvent": ".task_export_item_event",
    "TaskExportPage": ".task_export_page",
    "TaskListItemEvent": ".task_list_item_event",
    "TaskOutcome": ".task_outcome",
    "TaskPage": ".task_page",
    "TaskStatus": ".task_status",
    "TaskSubscribeRequest": ".task_subscribe_request",
    "TaskTriggerRequest": ".task_trigger_request",
    "TaskUpdateRequest": ".task_update_request",
    "TaskWorkflowErrorEvent": ".task_workflow_error_event",
    "TaskWorkflowErrorEventData": ".task_workflow_error_event_data",
    "TaskWorkflowOperationBeginEvent": ".task_workflow_operation_begin_event",
    "TaskWorkflowOperationBeginEventData": ".task_workflow_operation_begin_event_data",
    "TaskWorkflowOperationBeginEventDataAction": ".task_workflow_operation_begin_event_data_action",
    "TaskWorkflowOperationBeginEventDataActionKind": ".task_workflow_operation_begin_event_data_action_kind",
    "TaskWorkflowOperationEndEvent": ".task_workflow_operation_end_event",
    "TaskWorkflowOperationEndEventData": ".task_workflow_operation_end_event_data",
    "TaskWorkflowOperationEndEventDataAction": ".task_workflow_operation_end_event_data_action",
    "TaskWorkflowOperationEndEventDataActionKind": ".task_workflow_operation_end_event_data_action_kind",
    "Team": ".team",
    "TeamListItemEvent": ".team_list_item_event",
    "TeamPage": ".team_page",
    "Trigger": ".trigger",
    "Usage": ".usage",
    "UsageFetchResult": ".usage_fetch_result",
    "UsageFetchResultDatabase": ".usage_fetch_result_database",
    "UsagePage": ".usage_page",
    "UsagePageItemsItem": ".usage_page_items_item",
    "UsageSeries": ".usage_series",
    "UsageSeriesConversationsItem": ".usage_series_conversations_item",
    "UsageSeriesMessagesItem": ".usage_series_messages_item",
    "UsageSeriesTokensItem": ".usage_series_tokens_item",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "Abort",
    "Accept",
    "Blueprint",
    "BlueprintBulletin",
    "BlueprintBulletinCreateRequest",
    "BlueprintBulletinCreateResult",
    "BlueprintBulletinCreateResultBulletin",
    "BlueprintBulletinListItemEvent",
    "BlueprintBulletinPage",
    "BlueprintCloneRequest",
    "BlueprintCloneResult",
    "BlueprintCloneResultResources",
    "BlueprintCreateRequest",
    "BlueprintDeleteRequest",
    "BlueprintListItemEvent",
    "BlueprintPage",
    "BlueprintProps",
    "BlueprintResourceExportPage",
    "BlueprintResourceExportPageResources",
    "BlueprintResourceImportRequest",
    "BlueprintResourceImportRequestResources",
    "BlueprintResourcePage",
    "BlueprintResourcePageResources",
    "BlueprintUpdateRequest",
    "BlueprintVisibility",
    "Bot",
    "BotCloneRequest",
    "BotConfig",
    "BotCreateRequest",
    "BotDeleteRequest",
    "BotDownvoteRequest",
    "BotListItemEvent",
    "BotMemorySearchRequest",
    "BotMemorySearchResult",
    "BotMemorySearchResultItemsItem",
    "BotMemorySearchResultItemsItemMeta",
    "BotPage",
    "BotRef",
    "BotSessionCreateRequest",
    "BotSessionCreateRequestMessagesItem",
    "BotSessionCreateResult",
    "BotSessionCreateResultMessagesItem",
    "BotUpdateRequest",
    "BotUpvoteRequest",
    "BotUsage",
    "BotVisibility",
    "ChannelPublishRequest",
    "ChannelPublishRequestMessage",
    "ChannelSubscribeMessageEvent",
    "ChannelSubscribeMessageEventData",
    "ChannelSubscribeRequest",
    "CompactConversationStatelessRequest",
    "CompactConversationStatelessResult",
    "CompleteAbortEvent",
    "CompleteCompleteBeginEvent",
    "CompleteCompleteBeginEventData",
    "CompleteCompleteEndEvent",
    "CompleteCompleteEndEventData",
    "CompleteConversationRequest",
    "CompleteConversationRequestAttachmentsItem",
    "CompleteConversationRequestContactIdOption2",
    "CompleteConversationRequestContactIdOption2Meta",
    "CompleteConversationResult",
    "CompleteConversationResultEvent",
    "CompleteEnd",
    "CompleteErrorEvent",
    "CompleteErrorEventData",
    "CompleteMessageEvent",
    "CompleteMessageEventData",
    "CompleteReason",
    "CompleteReasoningTokenEvent",
    "CompleteReasoningTokenEventData",
    "CompleteTokenEvent",
    "CompleteTokenEventData",
    "CompleteUsageEvent",
    "CompleteUsageEventData",
    "CompleteWaitForChannelMessageBeginEvent",
    "CompleteWaitForChannelMessageBeginEventData",
    "CompleteWaitForChannelMessageEndEvent",
    "CompleteWaitForChannelMessageEndEventData",
    "Contact",
    "ContactConversation",
    "ContactConversationListItemEvent",
    "ContactConversationPage",
    "ContactCreateRequest",
    "ContactDeleteRequest",
    "ContactEnsureRequest",
    "ContactExportItemEvent",
    "ContactExportPage",
    "ContactListItemEvent",
    "ContactMemory",
    "ContactMemoryListItemEvent",
    "ContactMemoryPage",
    "ContactMemorySearchRequest",
    "ContactMemorySearchResult",
    "ContactMemorySearchResultItemsItem",
    "ContactMemorySearchResultItemsItemMeta",
    "ContactPage",
    "ContactRating",
    "ContactRatingListItemEvent",
    "ContactRatingPage",
    "ContactSecret",
    "ContactSecretAuthenticateRequest",
    "ContactSecretAuthenticateResult",
    "ContactSecretListItemEvent",
    "ContactSecretPage",
    "ContactSecretRevokeRequest",
    "ContactSecretVerifyRequest",
    "ContactSecretVerifyResult",
    "ContactSecretVerifyResultActionOption1",
    "ContactSecretVerifyResultStatus",
    "ContactSpace",
    "ContactSpaceListItemEvent",
    "ContactSpacePage",
    "ContactTask",
    "ContactTaskListItemEvent",
    "ContactTaskPage",
    "ContactUpdateRequest",
    "Conversation",
    "ConversationAttachmentPage",
    "ConversationAttachmentPageItemsItem",
    "ConversationAttachmentUploadForm",
    "ConversationAttachmentUploadRequestOption1",
    "ConversationAttachmentUploadRequestOption2",
    "ConversationAttachmentUploadRequestOption2File",
    "ConversationAttachmentUploadResult",
    "ConversationAttachmentUploadResultUploadRequest",
    "ConversationAttachmentUploadResultUploadRequestHeaders",
    "ConversationCompactResult",
    "ConversationCompleteRequest",
    "ConversationCompleteResult",
    "ConversationCompleteResultEvent",
    "ConversationContactUpsertRequest",
    "ConversationCreateRequest",
    "ConversationCreateRequestMessagesItem",
    "ConversationCreateResult",
    "ConversationCreateResultMessagesItem",
    "ConversationDeleteRequest",
    "ConversationDispatchRequest",
    "ConversationDispatchResult",
    "ConversationDownvoteRequest",
    "ConversationExportItem",
    "ConversationExportItemEvent",
    "ConversationExportPage",
    "ConversationListItem",
    "ConversationListItemEvent",
    "ConversationMessage",
    "ConversationMessageCreateRequest",
    "ConversationMessageCreateResult",
    "ConversationMessageDeleteRequest",
    "ConversationMessageDownvoteRequest",
    "ConversationMessageListItemEvent",
    "ConversationMessagePage",
    "ConversationMessageSynthesizeRequest",
    "ConversationMessageUpdateRequest",
    "ConversationMessageUpvoteRequest",
    "ConversationPage",
    "ConversationReceiveRequest",
    "ConversationReceiveResult",
    "ConversationReceiveResultEvent",
    "ConversationSendRequest",
    "ConversationSendResult",
    "ConversationSendResultEvent",
    "ConversationSessionCreateRequest",
    "ConversationSessionCreateResult",
    "ConversationUpdateRequest",
    "ConversationUpvoteRequest",
    "ConversationUsage",
    "Dataset",
    "DatasetCreateRequest",
    "DatasetDeleteRequest",
    "DatasetFileAttachRequest",
    "DatasetFileDetachRequest",
    "DatasetFileListItemEvent",
    "DatasetFilePage",
    "DatasetFilePageItemsItem",
    "DatasetFileSyncRequest",
    "DatasetFilter",
    "DatasetFilterValueOption4",
    "DatasetFilterValueOption5",
    "DatasetFilterValueOption6",
    "DatasetFilterValueOption7",
    "DatasetFilterValueOption8",
    "DatasetFilterValueOption9",
    "DatasetListItemEvent",
    "DatasetPage",
    "DatasetRecord",
    "DatasetRecordCreateRequest",
    "DatasetRecordDeleteRequest",
    "DatasetRecordExportItemEvent",
    "DatasetRecordExportPage",
    "DatasetRecordListItemEvent",
    "DatasetRecordPage",
    "DatasetRecordUpdateRequest",
    "DatasetSearchRequest",
    "DatasetSearchResult",
    "DatasetSearchResultRecordsItem",
    "DatasetSearchResultRecordsItemMeta",
    "DatasetUpdateRequest",
    "DatasetVisibility",
    "DispatchConversationRequest",
    "DispatchConversationRequestAttachmentsItem",
    "DispatchConversationRequestContactIdOption2",
    "DispatchConversationRequestContactIdOption2Meta",
    "DispatchConversationResult",
    "Entity",
    "EntityReplacement",
    "EventLog",
    "EventLogExportItemEvent",
    "EventLogExportPage",
    "EventLogListItemEvent",
    "EventLogPage",
    "EventLogSubscribeItemEvent",
    "EventLogSubscribeRequest",
    "ExecutionLimits",
    "ExtensionsDefinition",
    "ExtensionsDefinitionDatasetsItem",
    "ExtensionsDefinitionDatasetsItemRecordsItem",
    "ExtensionsDefinitionDatasetsItemRecordsItemMeta",
    "ExtensionsDefinitionFeaturesItem",
    "ExtensionsDefinitionFeaturesItemOptions",
    "ExtensionsDefinitionSkillsetsItem",
    "ExtensionsDefinitionSkillsetsItemAbilitiesItem",
    "ExtensionsDefinitionSkillsetsItemAbilitiesItemMeta",
    "File",
    "FileCreateRequest",
    "FileDeleteRequest",
    "FileDownloadResult",
    "FileListItemEvent",
    "FilePage",
    "FileSyncRequest",
    "FileUpdateRequest",
    "FileUploadForm",
    "FileUploadRequestOption1",
    "FileUploadRequestOption2",
    "FileUploadRequestOption2File",
    "FileUploadResult",
    "FileUploadResultUploadRequest",
    "FileUploadResultUploadRequestHeaders",
    "FileVisibility",
    "FunctionsDefinitionItem",
    "FunctionsDefinitionItemCall",
    "FunctionsDefinitionItemParameters",
    "FunctionsDefinitionItemParametersProperties",
    "FunctionsDefinitionItemResultOption1",
    "FunctionsDefinitionItemResultOption2",
    "GeneratePlatformReportsRequest",
    "GeneratePlatformReportsRequestAdditionalProperty",
    "GeneratePlatformReportsResult",
    "GeneratePlatformReportsResultValueOption1",
    "GeneratePlatformReportsResultValueOption2",
    "GraphqlRequest",
    "GraphqlRequestVariables",
    "GraphqlResult",
    "GraphqlResultData",
    "GraphqlResultErrorsItem",
    "IdResult",
    "InstanceCrudProps",
    "InstanceListProps",
    "InstanceMetaProps",
    "InstanceRefProperties",
    "IntegrationDiscord",
    "IntegrationDiscordCreateRequest",
    "IntegrationDiscordDeleteRequest",
    "IntegrationDiscordInitiateRequest",
    "IntegrationDiscordListItemEvent",
    "IntegrationDiscordPage",
    "IntegrationDiscordSetupRequest",
    "IntegrationDiscordUpdateRequest",
    "IntegrationEmail",
    "IntegrationEmailCreateRequest",
    "IntegrationEmailDeleteRequest",
    "IntegrationEmailInitiateRequest",
    "IntegrationEmailListItemEvent",
    "IntegrationEmailPage",
    "IntegrationEmailSetupRequest",
    "IntegrationEmailUpdateRequest",
    "IntegrationExtract",
    "IntegrationExtractCreateRequest",
    "IntegrationExtractCreateRequestSchema",
    "IntegrationExtractDeleteRequest",
    "IntegrationExtractItemExportPage",
    "IntegrationExtractItemExportPageItemsItem",
    "IntegrationExtractItemExportPageItemsItemData",
    "IntegrationExtractItemPage",
    "IntegrationExtractItemPageItemsItem",
    "IntegrationExtractItemPageItemsItemData",
    "IntegrationExtractListItemEvent",
    "IntegrationExtractPage",
    "IntegrationExtractSchema",
    "IntegrationExtractTriggerRequest",
    "IntegrationExtractTriggerResult",
    "IntegrationExtractUpdateRequest",
    "IntegrationExtractUpdateRequestSchema",
    "IntegrationGooglechat",
    "IntegrationGooglechatCreateRequest",
    "IntegrationGooglechatDeleteRequest",
    "IntegrationGooglechatInitiateRequest",
    "IntegrationGooglechatListItemEvent",
    "IntegrationGooglechatPage",
    "IntegrationGooglechatSetupRequest",
    "IntegrationGooglechatUpdateRequest",
    "IntegrationInstagram",
    "IntegrationInstagramCreateRequest",
    "IntegrationInstagramDeleteRequest",
    "IntegrationInstagramInitiateRequest",
    "IntegrationInstagramListItemEvent",
    "IntegrationInstagramPage",
    "IntegrationInstagramSetupRequest",
    "IntegrationInstagramUpdateRequest",
    "IntegrationMcpserver",
    "IntegrationMcpserverCreateRequest",
    "IntegrationMcpserverDeleteRequest",
    "IntegrationMcpserverListItemEvent",
    "IntegrationMcpserverPage",
    "IntegrationMcpserverUpdateRequest",
    "IntegrationMessenger",
    "IntegrationMessengerCreateRequest",
    "IntegrationMessengerDeleteRequest",
    "IntegrationMessengerInitiateRequest",
    "IntegrationMessengerListItemEvent",
    "IntegrationMessengerPage",
    "IntegrationMessengerSetupRequest",
    "IntegrationMessengerUpdateRequest",
    "IntegrationMicrosoftteams",
    "IntegrationMicrosoftteamsCreateRequest",
    "IntegrationMicrosoftteamsDeleteRequest",
    "IntegrationMicrosoftteamsInitiateRequest",
    "IntegrationMicrosoftteamsListItemEvent",
    "IntegrationMicrosoftteamsPage",
    "IntegrationMicrosoftteamsSetupRequest",
    "IntegrationMicrosoftteamsUpdateRequest",
    "IntegrationNotion",
    "IntegrationNotionCreateRequest",
    "IntegrationNotionDeleteRequest",
    "IntegrationNotionListItemEvent",
    "IntegrationNotionPage",
    "IntegrationNotionSyncRequest",
    "IntegrationNotionUpdateRequest",
    "IntegrationRecallInitiateRequest",
    "IntegrationRecallInitiateResult",
    "IntegrationRecallInitiateResultBot",
    "IntegrationSitemap",
    "IntegrationSitemapCreateRequest",
    "IntegrationSitemapDeleteRequest",
    "IntegrationSitemapListItemEvent",
    "IntegrationSitemapPage",
    "IntegrationSitemapSyncRequest",
    "IntegrationSitemapUpdateRequest",
    "IntegrationSkillserver",
    "IntegrationSkillserverCreateRequest",
    "IntegrationSkillserverDeleteRequest",
    "IntegrationSkillserverListItemEvent",
    "IntegrationSkillserverPage",
    "IntegrationSkillserverUpdateRequest",
    "IntegrationSlack",
    "IntegrationSlackCreateRequest",
    "IntegrationSlackDeleteRequest",
    "IntegrationSlackInitiateRequest",
    "IntegrationSlackListItemEvent",
    "IntegrationSlackPage",
    "IntegrationSlackSetupRequest",
    "IntegrationSlackUpdateRequest",
    "IntegrationSupport",
    "IntegrationSupportCreateRequest",
    "IntegrationSupportDeleteRequest",
    "IntegrationSupportListItemEvent",
    "IntegrationSupportPage",
    "IntegrationSupportTriggerRequest",
    "IntegrationSupportTriggerResult",
    "IntegrationSupportUpdateRequest",
    "IntegrationTelegram",
    "IntegrationTelegramCreateRequest",
    "IntegrationTelegramDeleteRequest",
    "IntegrationTelegramInitiateRequest",
    "IntegrationTelegramListItemEvent",
    "IntegrationTelegramPage",
    "IntegrationTelegramSetupRequest",
    "IntegrationTelegramUpdateRequest",
    "IntegrationTrigger",
    "IntegrationTriggerCreateRequest",
    "IntegrationTriggerDeleteRequest",
    "IntegrationTriggerInvokeRequest",
    "IntegrationTriggerListItemEvent",
    "IntegrationTriggerPage",
    "IntegrationTriggerSetupRequest",
    "IntegrationTriggerUpdateRequest",
    "IntegrationTwilio",
    "IntegrationTwilioCreateRequest",
    "IntegrationTwilioDeleteRequest",
    "IntegrationTwilioInitiateRequest",
    "IntegrationTwilioInitiateRequestChannel",
    "IntegrationTwilioListItemEvent",
    "IntegrationTwilioPage",
    "IntegrationTwilioSetupRequest",
    "IntegrationTwilioUpdateRequest",
    "IntegrationWhatsapp",
    "IntegrationWhatsappCreateRequest",
    "IntegrationWhatsappDeleteRequest",
    "IntegrationWhatsappInitiateRequest",
    "IntegrationWhatsappListItemEvent",
    "IntegrationWhatsappPage",
    "IntegrationWhatsappSetupRequest",
    "IntegrationWhatsappUpdateRequest",
    "IntegrationWidget",
    "IntegrationWidgetCloneRequest",
    "IntegrationWidgetCreateRequest",
    "IntegrationWidgetDeleteRequest",
    "IntegrationWidgetFileAttachRequest",
    "IntegrationWidgetFileAttachRequestType",
    "IntegrationWidgetFileAttachResult",
    "IntegrationWidgetFileDetachResult",
    "IntegrationWidgetListItemEvent",
    "IntegrationWidgetPage",
    "IntegrationWidgetSetupRequest",
    "IntegrationWidgetUpdateRequest",
    "InvokeSkillServerAbilityRequest",
    "InvokeSkillServerAbilityRequestInput",
    "InvokeSkillServerAbilityResult",
    "JsonSchemaObject",
    "JsonSchemaObjectProperties",
    "Limits",
    "LimitsDatabase",
    "Magic",
    "MagicGenerateRequest",
    "MagicGenerateRequestProps",
    "MagicGenerateResult",
    "MagicGenerateResultEvent",
    "MagicListItemEvent",
    "MagicPage",
    "Memory",
    "MemoryCreateRequest",
    "MemoryDeleteRequest",
    "MemoryExportItemEvent",
    "MemoryExportPage",
    "MemoryListItemEvent",
    "MemoryPage",
    "MemorySearchRequest",
    "MemorySearchResult",
    "MemorySearchResultItemsItem",
    "MemorySearchResultItemsItemMeta",
    "MemoryUpdateRequest",
    "Message",
    "MessageType",
    "Meta",
    "MetaParam",
    "OpenaiChatCompletionsRequest",
    "Order",
    "PartnerUser",
    "PartnerUserContext",
    "PartnerUserContextCreateRequest",
    "PartnerUserContextCreateRequestPayload",
    "PartnerUserContextCreateResult",
    "PartnerUserContextCreateResultPayload",
    "PartnerUserContextDeleteRequest",
    "PartnerUserContextListItemEvent",
    "PartnerUserContextPage",
    "PartnerUserContextPayload",
    "PartnerUserContextUpdateRequest",
    "PartnerUserContextUpdateRequestPayload",
    "PartnerUserCreateRequest",
    "PartnerUserDeleteRequest",
    "PartnerUserListItemEvent",
    "PartnerUserPage",
    "PartnerUserSessionCreateRequest",
    "PartnerUserSessionCreateRequestConfig",
    "PartnerUserSessionCreateResult",
    "PartnerUserToken",
    "PartnerUserTokenCreateRequest",
    "PartnerUserTokenCreateRequestConfig",
    "PartnerUserTokenCreateRequestMeta",
    "PartnerUserTokenCreateResult",
    "PartnerUserTokenDeleteRequest",
    "PartnerUserTokenListItemEvent",
    "PartnerUserTokenPage",
    "PartnerUserTokenUpdateRequest",
    "PartnerUserTokenUpdateRequestConfig",
    "PartnerUserTokenUpdateRequestMeta",
    "PartnerUserUpdateRequest",
    "PlatformAbility",
    "PlatformAbilityListItemEvent",
    "PlatformAbilityPage",
    "PlatformAbilitySchema",
    "PlatformAbilitySchemaProperties",
    "PlatformAbilitySearchRequest",
    "PlatformAbilitySearchResult",
    "PlatformAbilitySearchResultItemsItem",
    "PlatformAbilitySearchResultItemsItemSchema",
    "PlatformAbilitySearchResultItemsItemSchemaProperties",
    "PlatformAction",
    "PlatformActionListItemEvent",
    "PlatformActionPage",
    "PlatformDoc",
    "PlatformDocListItem",
    "PlatformDocListItemEvent",
    "PlatformDocPage",
    "PlatformDocSearchRequest",
    "PlatformDocSearchResult",
    "PlatformDocSearchResultItemsItem",
    "PlatformExample",
    "PlatformExampleCloneRequest",
    "PlatformExampleCloneResult",
    "PlatformExampleCloneResultResources",
    "PlatformExampleCloneResultResourcesAdditionalPropertyItem",
    "PlatformExampleConfig",
    "PlatformExampleListItem",
    "PlatformExampleListItemEvent",
    "PlatformExampleListItemType",
    "PlatformExamplePage",
    "PlatformExampleSearchRequest",
    "PlatformExampleSearchResult",
    "PlatformExampleSearchResultItemsItem",
    "PlatformExampleSearchResultItemsItemType",
    "PlatformExampleType",
    "PlatformGuide",
    "PlatformGuideListItem",
    "PlatformGuideListItemEvent",
    "PlatformGuidePage",
    "PlatformGuideSearchRequest",
    "PlatformGuideSearchResult",
    "PlatformGuideSearchResultItemsItem",
    "PlatformManual",
    "PlatformManualListItem",
    "PlatformManualListItemEvent",
    "PlatformManualPage",
    "PlatformManualSearchRequest",
    "PlatformManualSearchResult",
    "PlatformManualSearchResultItemsItem",
    "PlatformModel",
    "PlatformModelListItemEvent",
    "PlatformModelPage",
    "PlatformReport",
    "PlatformReportGenerateRequest",
    "PlatformReportGenerateResult",
    "PlatformReportListItemEvent",
    "PlatformReportPage",
    "PlatformSecret",
    "PlatformSecretConfig",
    "PlatformSecretListItemEvent",
    "PlatformSecretPage",
    "PlatformSecretSearchRequest",
    "PlatformSecretSearchResult",
    "PlatformSecretSearchResultItemsItem",
    "PlatformSecretSearchResultItemsItemConfig",
    "PlatformTutorial",
    "PlatformTutorialListItem",
    "PlatformTutorialListItemEvent",
    "PlatformTutorialPage",
    "PlatformTutorialSearchRequest",
    "PlatformTutorialSearchResult",
    "PlatformTutorialSearchResultItemsItem",
    "Policy",
    "PolicyConfig",
    "PolicyCreateRequest",
    "PolicyCreateRequestConfig",
    "PolicyDeleteRequest",
    "PolicyListItemEvent",
    "PolicyPage",
    "PolicyType",
    "PolicyUpdateRequest",
    "PolicyUpdateRequestConfig",
    "Portal",
    "PortalConfig",
    "PortalCreateRequest",
    "PortalCreateRequestConfig",
    "PortalDeleteRequest",
    "PortalListItemEvent",
    "PortalPage",
    "PortalUpdateRequest",
    "PortalUpdateRequestConfig",
    "Schedule",
    "Secret",
    "SecretAuthenticateRequest",
    "SecretAuthenticateResult",
    "SecretConfig",
    "SecretCreateRequest",
    "SecretCreateRequestConfig",
    "SecretDeleteRequest",
    "SecretKind",
    "SecretListItemEvent",
    "SecretPage",
    "SecretRevokeRequest",
    "SecretType",
    "SecretUpdateRequest",
    "SecretUpdateRequestConfig",
    "SecretVerifyRequest",
    "SecretVerifyResult",
    "SecretVerifyResultActionOption1",
    "SecretVerifyResultStatus",
    "SecretVisibility",
    "Skillset",
    "SkillsetAbility",
    "SkillsetAbilityCreateRequest",
    "SkillsetAbilityDeleteRequest",
    "SkillsetAbilityExecuteRequest",
    "SkillsetAbilityExecuteResult",
    "SkillsetAbilityExecuteResultEvent",
    "SkillsetAbilityExportItemEvent",
    "SkillsetAbilityExportPage",
    "SkillsetAbilityListItemEvent",
    "SkillsetAbilityPage",
    "SkillsetAbilityUpdateRequest",
    "SkillsetCreateRequest",
    "SkillsetDeleteRequest",
    "SkillsetListItemEvent",
    "SkillsetPage",
    "SkillsetUpdateRequest",
    "SkillsetVisibility",
    "Space",
    "SpaceCreateRequest",
    "SpaceDeleteRequest",
    "SpaceExportItem",
    "SpaceExportItemEvent",
    "SpaceExportPage",
    "SpaceListItemEvent",
    "SpacePage",
    "SpaceSite",
    "SpaceSiteCreateRequest",
    "SpaceSiteDeleteRequest",
    "SpaceSiteListItem",
    "SpaceSiteListItemEvent",
    "SpaceSitePage",
    "SpaceSiteUpdateRequest",
    "SpaceStorageCopyRequest",
    "SpaceStorageCopyResult",
    "SpaceStorageDeleteRequest",
    "SpaceStorageDeleteResult",
    "SpaceStorageDownloadResult",
    "SpaceStorageMoveRequest",
    "SpaceStorageMoveResult",
    "SpaceStoragePage",
    "SpaceStoragePageItemsItem",
    "SpaceStorageUploadForm",
    "SpaceStorageUploadRequestOption1",
    "SpaceStorageUploadRequestOption2",
    "SpaceStorageUploadRequestOption2File",
    "SpaceStorageUploadRequestOption2FileMeta",
    "SpaceStorageUploadResult",
    "SpaceStorageUploadResultUploadRequest",
    "SpaceStorageUploadResultUploadRequestHeaders",
    "SpaceUpdateRequest",
    "SyncStatus",
    "Task",
    "TaskCancelRequest",
    "TaskCreateRequest",
    "TaskDeleteRequest",
    "TaskExecution",
    "TaskExecutionCancelRequest",
    "TaskExecutionCancelResult",
    "TaskExecutionListItemEvent",
    "TaskExecutionPage",
    "TaskExportItem",
    "TaskExportItemEvent",
    "TaskExportPage",
    "TaskListItemEvent",
    "TaskOutcome",
    "TaskPage",
    "TaskStatus",
    "TaskSubscribeRequest",
    "TaskTriggerRequest",
    "TaskUpdateRequest",
    "TaskWorkflowErrorEvent",
    "TaskWorkflowErrorEventData",
    "TaskWorkflowOperationBeginEvent",
    "TaskWorkflowOperationBeginEventData",
    "TaskWorkflowOperationBeginEventDataAction",
    "TaskWorkflowOperationBeginEventDataActionKind",
    "TaskWorkflowOperationEndEvent",
    "TaskWorkflowOperationEndEventData",
    "TaskWorkflowOperationEndEventDataAction",
    "TaskWorkflowOperationEndEventDataActionKind",
    "Team",
    "TeamListItemEvent",
    "TeamPage",
    "Trigger",
    "Usage",
    "UsageFetchResult",
    "UsageFetchResultDatabase",
    "UsagePage",
    "UsagePageItemsItem",
    "UsageSeries",
    "UsageSeriesConversationsItem",
    "UsageSeriesMessagesItem",
    "UsageSeriesTokensItem",
)
