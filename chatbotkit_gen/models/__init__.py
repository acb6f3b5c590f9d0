"""Data models used in inputs and outputs; each module is imported on first attribute access."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abort import Abort
    from .attach_dataset_file_body import AttachDatasetFileBody
    from .attach_dataset_file_response_200 import AttachDatasetFileResponse200
    from .attach_widget_integration_file_body import AttachWidgetIntegrationFileBody
    from .attach_widget_integration_file_body_type import (
        AttachWidgetIntegrationFileBodyType,
    )
    from .attach_widget_integration_file_response_200 import (
        AttachWidgetIntegrationFileResponse200,
    )
    from .authenticate_contact_secret_body import AuthenticateContactSecretBody
    from .authenticate_contact_secret_response_200 import (
        AuthenticateContactSecretResponse200,
    )
    from .authenticate_secret_body import AuthenticateSecretBody
    from .authenticate_secret_response_200 import AuthenticateSecretResponse200
    from .blueprint_bulletin_list_item import BlueprintBulletinListItem
    from .blueprint_bulletin_list_item_event import BlueprintBulletinListItemEvent
    from .blueprint_bulletin_list_item_event_type import (
        BlueprintBulletinListItemEventType,
    )
    from .blueprint_list_item import BlueprintListItem
    from .blueprint_list_item_event import BlueprintListItemEvent
    from .blueprint_list_item_event_type import BlueprintListItemEventType
    from .blueprint_props import BlueprintProps
    from .blueprint_visibility import BlueprintVisibility
    from .bot_config import BotConfig
    from .bot_list_item import BotListItem
    from .bot_list_item_event import BotListItemEvent
    from .bot_list_item_event_type import BotListItemEventType
    from .bot_ref import BotRef
    from .bot_visibility import BotVisibility
    from .cancel_task_body import CancelTaskBody
    from .cancel_task_execution_body import CancelTaskExecutionBody
    from .cancel_task_execution_response_200 import CancelTaskExecutionResponse200
    from .cancel_task_response_200 import CancelTaskResponse200
    from .channel_subscribe_message_event import ChannelSubscribeMessageEvent
    from .channel_subscribe_message_event_data import ChannelSubscribeMessageEventData
    from .channel_subscribe_message_event_type import ChannelSubscribeMessageEventType
    from .clone_blueprint_body import CloneBlueprintBody
    from .clone_blueprint_response_200 import CloneBlueprintResponse200
    from .clone_blueprint_response_200_resources import (
        CloneBlueprintResponse200Resources,
    )
    from .clone_bot_body import CloneBotBody
    from .clone_bot_response_200 import CloneBotResponse200
    from .clone_platform_example_body import ClonePlatformExampleBody
    from .clone_platform_example_response_200 import ClonePlatformExampleResponse200
    from .clone_platform_example_response_200_resources import (
        ClonePlatformExampleResponse200Resources,
    )
    from .clone_platform_example_response_200_resources_additional_property_item import (
        ClonePlatformExampleResponse200ResourcesAdditionalPropertyItem,
    )
    from .clone_widget_integration_body import CloneWidgetIntegrationBody
    from .clone_widget_integration_response_200 import CloneWidgetIntegrationResponse200
    from .compact_conversation_response_200 import CompactConversationResponse200
    from .compact_conversation_stateless_body import CompactConversationStatelessBody
    from .compact_conversation_stateless_response_200 import (
        CompactConversationStatelessResponse200,
    )
    from .complete_abort_event import CompleteAbortEvent
    from .complete_abort_event_type import CompleteAbortEventType
    from .complete_complete_begin_event import CompleteCompleteBeginEvent
    from .complete_complete_begin_event_data import CompleteCompleteBeginEventData
    from .complete_complete_begin_event_type import CompleteCompleteBeginEventType
    from .complete_complete_end_event import CompleteCompleteEndEvent
    from .complete_complete_end_event_data import CompleteCompleteEndEventData
    from .complete_complete_end_event_type import CompleteCompleteEndEventType
    from .complete_conversation_body import CompleteConversationBody
    from .complete_conversation_body_attachments_item import (
        CompleteConversationBodyAttachmentsItem,
    )
    from .complete_conversation_body_contact_id_option_2 import (
        CompleteConversationBodyContactIdOption2,
    )
    from .complete_conversation_body_contact_id_option_2_meta import (
        CompleteConversationBodyContactIdOption2Meta,
    )
    from .complete_conversation_message_body import CompleteConversationMessageBody
    from .complete_conversation_message_result import CompleteConversationMessageResult
    from .complete_conversation_message_result_event import (
        CompleteConversationMessageResultEvent,
    )
    from .complete_conversation_message_result_event_type import (
        CompleteConversationMessageResultEventType,
    )
    from .complete_conversation_result import CompleteConversationResult
    from .complete_conversation_result_event import CompleteConversationResultEvent
    from .complete_conversation_result_event_type import (
        CompleteConversationResultEventType,
    )
    from .complete_end import CompleteEnd
    from .complete_error_event import CompleteErrorEvent
    from .complete_error_event_data import CompleteErrorEventData
    from .complete_error_event_type import CompleteErrorEventType
    from .complete_message_event import CompleteMessageEvent
    from .complete_message_event_data import CompleteMessageEventData
    from .complete_message_event_type import CompleteMessageEventType
    from .complete_reason import CompleteReason
    from .complete_reasoning_token_event import CompleteReasoningTokenEvent
    from .complete_reasoning_token_event_data import CompleteReasoningTokenEventData
    from .complete_reasoning_token_event_type import CompleteReasoningTokenEventType
    from .complete_token_event import CompleteTokenEvent
    from .complete_token_event_data import CompleteTokenEventData
    from .complete_token_event_type import CompleteTokenEventType
    from .complete_usage_event import CompleteUsageEvent
    from .complete_usage_event_data import CompleteUsageEventData
    from .complete_usage_event_type import CompleteUsageEventType
    from .complete_wait_for_channel_message_begin_event import (
        CompleteWaitForChannelMessageBeginEvent,
    )
    from .complete_wait_for_channel_message_begin_event_data import (
        CompleteWaitForChannelMessageBeginEventData,
    )
    from .complete_wait_for_channel_message_begin_event_type import (
        CompleteWaitForChannelMessageBeginEventType,
    )
    from .complete_wait_for_channel_message_end_event import (
        CompleteWaitForChannelMessageEndEvent,
    )
    from .complete_wait_for_channel_message_end_event_data import (
        CompleteWaitForChannelMessageEndEventData,
    )
    from .complete_wait_for_channel_message_end_event_type import (
        CompleteWaitForChannelMessageEndEventType,
    )
    from .contact_conversation_list_item import ContactConversationListItem
    from .contact_conversation_list_item_event import ContactConversationListItemEvent
    from .contact_conversation_list_item_event_type import (
        ContactConversationListItemEventType,
    )
    from .contact_export_item import ContactExportItem
    from .contact_export_item_event import ContactExportItemEvent
    from .contact_export_item_event_type import ContactExportItemEventType
    from .contact_list_item import ContactListItem
    from .contact_list_item_event import ContactListItemEvent
    from .contact_list_item_event_type import ContactListItemEventType
    from .contact_memory_list_item import ContactMemoryListItem
    from .contact_memory_list_item_event import ContactMemoryListItemEvent
    from .contact_memory_list_item_event_type import ContactMemoryListItemEventType
    from .contact_rating_list_item import ContactRatingListItem
    from .contact_rating_list_item_event import ContactRatingListItemEvent
    from .contact_rating_list_item_event_type import ContactRatingListItemEventType
    from .contact_secret_list_item import ContactSecretListItem
    from .contact_secret_list_item_event import ContactSecretListItemEvent
    from .contact_secret_list_item_event_type import ContactSecretListItemEventType
    from .contact_space_list_item import ContactSpaceListItem
    from .contact_space_list_item_event import ContactSpaceListItemEvent
    from .contact_space_list_item_event_type import ContactSpaceListItemEventType
    from .contact_task_list_item import ContactTaskListItem
    from .contact_task_list_item_event import ContactTaskListItemEvent
    from .contact_task_list_item_event_type import ContactTaskListItemEventType
    from .conversation_export_item import ConversationExportItem
    from .conversation_export_item_event import ConversationExportItemEvent
    from .conversation_export_item_event_type import ConversationExportItemEventType
    from .conversation_list_item import ConversationListItem
    from .conversation_list_item_event import ConversationListItemEvent
    from .conversation_list_item_event_type import ConversationListItemEventType
    from .conversation_message_list_item import ConversationMessageListItem
    from .conversation_message_list_item_event import ConversationMessageListItemEvent
    from .conversation_message_list_item_event_type import (
        ConversationMessageListItemEventType,
    )
    from .conversation_receive_result import ConversationReceiveResult
    from .conversation_receive_result_event import ConversationReceiveResultEvent
    from .conversation_receive_result_event_type import (
        ConversationReceiveResultEventType,
    )
    from .conversation_send_result import ConversationSendResult
    from .conversation_send_result_event import ConversationSendResultEvent
    from .conversation_send_result_event_type import ConversationSendResultEventType
    from .copy_space_storage_path_body import CopySpaceStoragePathBody
    from .copy_space_storage_path_response_200 import CopySpaceStoragePathResponse200
    from .create_blueprint_body import CreateBlueprintBody
    from .create_blueprint_bulletin_body import CreateBlueprintBulletinBody
    from .create_blueprint_bulletin_response_200 import (
        CreateBlueprintBulletinResponse200,
    )
    from .create_blueprint_bulletin_response_200_bulletin import (
        CreateBlueprintBulletinResponse200Bulletin,
    )
    from .create_blueprint_response_200 import CreateBlueprintResponse200
    from .create_bot_body import CreateBotBody
    from .create_bot_response_200 import CreateBotResponse200
    from .create_bot_session_body import CreateBotSessionBody
    from .create_bot_session_body_messages_item import CreateBotSessionBodyMessagesItem
    from .create_bot_session_response_200 import CreateBotSessionResponse200
    from .create_bot_session_response_200_messages_item import (
        CreateBotSessionResponse200MessagesItem,
    )
    from .create_chat_completion_body import CreateChatCompletionBody
    from .create_contact_body import CreateContactBody
    from .create_contact_response_200 import CreateContactResponse200
    from .create_conversation_body import CreateConversationBody
    from .create_conversation_body_messages_item import (
        CreateConversationBodyMessagesItem,
    )
    from .create_conversation_message_body import CreateConversationMessageBody
    from .create_conversation_message_response_200 import (
        CreateConversationMessageResponse200,
    )
    from .create_conversation_response_200 import CreateConversationResponse200
    from .create_conversation_response_200_messages_item import (
        CreateConversationResponse200MessagesItem,
    )
    from .create_conversation_session_body import CreateConversationSessionBody
    from .create_conversation_session_response_200 import (
        CreateConversationSessionResponse200,
    )
    from .create_dataset_body import CreateDatasetBody
    from .create_dataset_record_body import CreateDatasetRecordBody
    from .create_dataset_record_response_200 import CreateDatasetRecordResponse200
    from .create_dataset_response_200 import CreateDatasetResponse200
    from .create_discord_integration_body import CreateDiscordIntegrationBody
    from .create_discord_integration_response_200 import (
        CreateDiscordIntegrationResponse200,
    )
    from .create_email_integration_body import CreateEmailIntegrationBody
    from .create_email_integration_response_200 import CreateEmailIntegrationResponse200
    from .create_extract_integration_body import CreateExtractIntegrationBody
    from .create_extract_integration_body_schema import (
        CreateExtractIntegrationBodySchema,
    )
    from .create_extract_integration_response_200 import (
        CreateExtractIntegrationResponse200,
    )
    from .create_file_body import CreateFileBody
    from .create_file_response_200 import CreateFileResponse200
    from .create_googlechat_integration_body import CreateGooglechatIntegrationBody
    from .create_googlechat_integration_response_200 import (
        CreateGooglechatIntegrationResponse200,
    )
    from .create_instagram_integration_body import CreateInstagramIntegrationBody
    from .create_instagram_integration_response_200 import (
        CreateInstagramIntegrationResponse200,
    )
    from .create_mcp_server_integration_body import CreateMcpServerIntegrationBody
    from .create_mcp_server_integration_response_200 import (
        CreateMcpServerIntegrationResponse200,
    )
    from .create_memory_body import CreateMemoryBody
    from .create_memory_response_200 import CreateMemoryResponse200
    from .create_messenger_integration_body import CreateMessengerIntegrationBody
    from .create_messenger_integration_response_200 import (
        CreateMessengerIntegrationResponse200,
    )
    from .create_microsoftteams_integration_body import (
        CreateMicrosoftteamsIntegrationBody,
    )
    from .create_microsoftteams_integration_response_200 import (
        CreateMicrosoftteamsIntegrationResponse200,
    )
    from .create_notion_integration_body import CreateNotionIntegrationBody
    from .create_notion_integration_response_200 import (
        CreateNotionIntegrationResponse200,
    )
    from .create_partner_user_body import CreatePartnerUserBody
    from .create_partner_user_context_body import CreatePartnerUserContextBody
    from .create_partner_user_context_body_payload import (
        CreatePartnerUserContextBodyPayload,
    )
    from .create_partner_user_context_response_200 import (
        CreatePartnerUserContextResponse200,
    )
    from .create_partner_user_context_response_200_payload import (
        CreatePartnerUserContextResponse200Payload,
    )
    from .create_partner_user_response_200 import CreatePartnerUserResponse200
    from .create_partner_user_session_body import CreatePartnerUserSessionBody
    from .create_partner_user_session_body_config import (
        CreatePartnerUserSessionBodyConfig,
    )
    from .create_partner_user_session_response_200 import (
        CreatePartnerUserSessionResponse200,
    )
    from .create_partner_user_token_body import CreatePartnerUserTokenBody
    from .create_partner_user_token_body_config import CreatePartnerUserTokenBodyConfig
    from .create_partner_user_token_body_meta import CreatePartnerUserTokenBodyMeta
    from .create_partner_user_token_response_200 import (
        CreatePartnerUserTokenResponse200,
    )
    from .create_policy_body import CreatePolicyBody
    from .create_policy_body_config import CreatePolicyBodyConfig
    from .create_policy_response_200 import CreatePolicyResponse200
    from .create_portal_body import CreatePortalBody
    from .create_portal_body_config import CreatePortalBodyConfig
    from .create_portal_response_200 import CreatePortalResponse200
    from .create_secret_body import CreateSecretBody
    from .create_secret_body_config import CreateSecretBodyConfig
    from .create_secret_response_200 import CreateSecretResponse200
    from .create_sitemap_integration_body import CreateSitemapIntegrationBody
    from .create_sitemap_integration_response_200 import (
        CreateSitemapIntegrationResponse200,
    )
    from .create_skill_server_integration_body import CreateSkillServerIntegrationBody
    from .create_skill_server_integration_response_200 import (
        CreateSkillServerIntegrationResponse200,
    )
    from .create_skillset_ability_body import CreateSkillsetAbilityBody
    from .create_skillset_ability_response_200 import CreateSkillsetAbilityResponse200
    from .create_skillset_body import CreateSkillsetBody
    from .create_skillset_response_200 import CreateSkillsetResponse200
    from .create_slack_integration_body import CreateSlackIntegrationBody
    from .create_slack_integration_response_200 import CreateSlackIntegrationResponse200
    from .create_space_body import CreateSpaceBody
    from .create_space_response_200 import CreateSpaceResponse200
    from .create_space_site_body import CreateSpaceSiteBody
    from .create_space_site_response_200 import CreateSpaceSiteResponse200
    from .create_support_integration_body import CreateSupportIntegrationBody
    from .create_support_integration_response_200 import (
        CreateSupportIntegrationResponse200,
    )
    from .create_task_body import CreateTaskBody
    from .create_task_response_200 import CreateTaskResponse200
    from .create_telegram_integration_body import CreateTelegramIntegrationBody
    from .create_telegram_integration_response_200 import (
        CreateTelegramIntegrationResponse200,
    )
    from .create_trigger_integration_body import CreateTriggerIntegrationBody
    from .create_trigger_integration_response_200 import (
        CreateTriggerIntegrationResponse200,
    )
    from .create_twilio_integration_body import CreateTwilioIntegrationBody
    from .create_twilio_integration_response_200 import (
        CreateTwilioIntegrationResponse200,
    )
    from .create_whats_app_integration_body import CreateWhatsAppIntegrationBody
    from .create_whats_app_integration_response_200 import (
        CreateWhatsAppIntegrationResponse200,
    )
    from .create_widget_integration_body import CreateWidgetIntegrationBody
    from .create_widget_integration_response_200 import (
        CreateWidgetIntegrationResponse200,
    )
    from .dataset_file_attachment_type import DatasetFileAttachmentType
    from .dataset_file_list_item_event import DatasetFileListItemEvent
    from .dataset_file_list_item_event_type import DatasetFileListItemEventType
    from .dataset_filter import DatasetFilter
    from .dataset_filter_value_option_4 import DatasetFilterValueOption4
    from .dataset_filter_value_option_5 import DatasetFilterValueOption5
    from .dataset_filter_value_option_6 import DatasetFilterValueOption6
    from .dataset_filter_value_option_7 import DatasetFilterValueOption7
    from .dataset_filter_value_option_8 import DatasetFilterValueOption8
    from .dataset_filter_value_option_9 import DatasetFilterValueOption9
    from .dataset_list_item import DatasetListItem
    from .dataset_list_item_event import DatasetListItemEvent
    from .dataset_list_item_event_type import DatasetListItemEventType
    from .dataset_record_export_item import DatasetRecordExportItem
    from .dataset_record_export_item_event import DatasetRecordExportItemEvent
    from .dataset_record_export_item_event_type import DatasetRecordExportItemEventType
    from .dataset_record_list_item import DatasetRecordListItem
    from .dataset_record_list_item_event import DatasetRecordListItemEvent
    from .dataset_record_list_item_event_type import DatasetRecordListItemEventType
    from .dataset_visibility import DatasetVisibility
    from .delete_blueprint_body import DeleteBlueprintBody
    from .delete_blueprint_response_200 import DeleteBlueprintResponse200
    from .delete_bot_body import DeleteBotBody
    from .delete_bot_response_200 import DeleteBotResponse200
    from .delete_contact_body import DeleteContactBody
    from .delete_contact_response_200 import DeleteContactResponse200
    from .delete_conversation_body import DeleteConversationBody
    from .delete_conversation_message_body import DeleteConversationMessageBody
    from .delete_conversation_message_response_200 import (
        DeleteConversationMessageResponse200,
    )
    from .delete_conversation_response_200 import DeleteConversationResponse200
    from .delete_dataset_body import DeleteDatasetBody
    from .delete_dataset_record_body import DeleteDatasetRecordBody
    from .delete_dataset_record_response_200 import DeleteDatasetRecordResponse200
    from .delete_dataset_response_200 import DeleteDatasetResponse200
    from .delete_discord_integration_body import DeleteDiscordIntegrationBody
    from .delete_discord_integration_response_200 import (
        DeleteDiscordIntegrationResponse200,
    )
    from .delete_email_integration_body import DeleteEmailIntegrationBody
    from .delete_email_integration_response_200 import DeleteEmailIntegrationResponse200
    from .delete_extract_integration_body import DeleteExtractIntegrationBody
    from .delete_extract_integration_response_200 import (
        DeleteExtractIntegrationResponse200,
    )
    from .delete_file_body import DeleteFileBody
    from .delete_file_response_200 import DeleteFileResponse200
    from .delete_googlechat_integration_body import DeleteGooglechatIntegrationBody
    from .delete_googlechat_integration_response_200 import (
        DeleteGooglechatIntegrationResponse200,
    )
    from .delete_instagram_integration_body import DeleteInstagramIntegrationBody
    from .delete_instagram_integration_response_200 import (
        DeleteInstagramIntegrationResponse200,
    )
    from .delete_mcp_server_integration_body import DeleteMcpServerIntegrationBody
    from .delete_mcp_server_integration_response_200 import (
        DeleteMcpServerIntegrationResponse200,
    )
    from .delete_memory_body import DeleteMemoryBody
    from .delete_memory_response_200 import DeleteMemoryResponse200
    from .delete_messenger_integration_body import DeleteMessengerIntegrationBody
    from .delete_messenger_integration_response_200 import (
        DeleteMessengerIntegrationResponse200,
    )
    from .delete_microsoftteams_integration_body import (
        DeleteMicrosoftteamsIntegrationBody,
    )
    from .delete_microsoftteams_integration_response_200 import (
        DeleteMicrosoftteamsIntegrationResponse200,
    )
    from .delete_notion_integration_body import DeleteNotionIntegrationBody
    from .delete_notion_integration_response_200 import (
        DeleteNotionIntegrationResponse200,
    )
    from .delete_partner_user_body import DeletePartnerUserBody
    from .delete_partner_user_context_body import DeletePartnerUserContextBody
    from .delete_partner_user_context_response_200 import (
        DeletePartnerUserContextResponse200,
    )
    from .delete_partner_user_response_200 import DeletePartnerUserResponse200
    from .delete_partner_user_token_body import DeletePartnerUserTokenBody
    from .delete_partner_user_token_response_200 import (
        DeletePartnerUserTokenResponse200,
    )
    from .delete_policy_body import DeletePolicyBody
    from .delete_policy_response_200 import DeletePolicyResponse200
    from .delete_portal_body import DeletePortalBody
    from .delete_portal_response_200 import DeletePortalResponse200
    from .delete_secret_body import DeleteSecretBody
    from .delete_secret_response_200 import DeleteSecretResponse200
    from .delete_sitemap_integration_body import DeleteSitemapIntegrationBody
    from .delete_sitemap_integration_response_200 import (
        DeleteSitemapIntegrationResponse200,
    )
    from .delete_skill_server_integration_body import DeleteSkillServerIntegrationBody
    from .delete_skill_server_integration_response_200 import (
        DeleteSkillServerIntegrationResponse200,
    )
    from .delete_skillset_ability_body import DeleteSkillsetAbilityBody
    from .delete_skillset_ability_response_200 import DeleteSkillsetAbilityResponse200
    from .delete_skillset_body import DeleteSkillsetBody
    from .delete_skillset_response_200 import DeleteSkillsetResponse200
    from .delete_slack_integration_body import DeleteSlackIntegrationBody
    from .delete_slack_integration_response_200 import DeleteSlackIntegrationResponse200
    from .delete_space_body import DeleteSpaceBody
    from .delete_space_response_200 import DeleteSpaceResponse200
    from .delete_space_site_body import DeleteSpaceSiteBody
    from .delete_space_site_response_200 import DeleteSpaceSiteResponse200
    from .delete_space_storage_path_body import DeleteSpaceStoragePathBody
    from .delete_space_storage_path_response_200 import (
        DeleteSpaceStoragePathResponse200,
    )
    from .delete_support_integration_body import DeleteSupportIntegrationBody
    from .delete_support_integration_response_200 import (
        DeleteSupportIntegrationResponse200,
    )
    from .delete_task_body import DeleteTaskBody
    from .delete_task_response_200 import DeleteTaskResponse200
    from .delete_telegram_integration_body import DeleteTelegramIntegrationBody
    from .delete_telegram_integration_response_200 import (
        DeleteTelegramIntegrationResponse200,
    )
    from .delete_trigger_integration_body import DeleteTriggerIntegrationBody
    from .delete_trigger_integration_response_200 import (
        DeleteTriggerIntegrationResponse200,
    )
    from .delete_twilio_integration_body import DeleteTwilioIntegrationBody
    from .delete_twilio_integration_response_200 import (
        DeleteTwilioIntegrationResponse200,
    )
    from .delete_whats_app_integration_body import DeleteWhatsAppIntegrationBody
    from .delete_whats_app_integration_response_200 import (
        DeleteWhatsAppIntegrationResponse200,
    )
    from .delete_widget_integration_body import DeleteWidgetIntegrationBody
    from .delete_widget_integration_response_200 import (
        DeleteWidgetIntegrationResponse200,
    )
    from .detach_dataset_file_body import DetachDatasetFileBody
    from .detach_dataset_file_response_200 import DetachDatasetFileResponse200
    from .detach_widget_integration_file_response_200 import (
        DetachWidgetIntegrationFileResponse200,
    )
    from .dispatch_conversation_body import DispatchConversationBody
    from .dispatch_conversation_body_attachments_item import (
        DispatchConversationBodyAttachmentsItem,
    )
    from .dispatch_conversation_body_contact_id_option_2 import (
        DispatchConversationBodyContactIdOption2,
    )
    from .dispatch_conversation_body_contact_id_option_2_meta import (
        DispatchConversationBodyContactIdOption2Meta,
    )
    from .dispatch_conversation_response_200 import DispatchConversationResponse200
    from .dispatch_stateful_conversation_body import DispatchStatefulConversationBody
    from .dispatch_stateful_conversation_response_200 import (
        DispatchStatefulConversationResponse200,
    )
    from .download_file_response_200 import DownloadFileResponse200
    from .download_space_storage_path_response_200 import (
        DownloadSpaceStoragePathResponse200,
    )
    from .downvote_bot_body import DownvoteBotBody
    from .downvote_bot_response_200 import DownvoteBotResponse200
    from .downvote_conversation_body import DownvoteConversationBody
    from .downvote_conversation_message_body import DownvoteConversationMessageBody
    from .downvote_conversation_message_response_200 import (
        DownvoteConversationMessageResponse200,
    )
    from .downvote_conversation_response_200 import DownvoteConversationResponse200
    from .ensure_contact_body import EnsureContactBody
    from .ensure_contact_response_200 import EnsureContactResponse200
    from .entity import Entity
    from .entity_replacement import EntityReplacement
    from .event_log_export_item import EventLogExportItem
    from .event_log_export_item_event import EventLogExportItemEvent
    from .event_log_export_item_event_type import EventLogExportItemEventType
    from .event_log_list_item import EventLogListItem
    from .event_log_list_item_event import EventLogListItemEvent
    from .event_log_list_item_event_type import EventLogListItemEventType
    from .event_log_subscribe_item_event import EventLogSubscribeItemEvent
    from .event_log_subscribe_item_event_type import EventLogSubscribeItemEventType
    from .execute_skillset_ability_body import ExecuteSkillsetAbilityBody
    from .execution_limits import ExecutionLimits
    from .export_blueprint_resources_accept import ExportBlueprintResourcesAccept
    from .export_blueprint_resources_response_200 import (
        ExportBlueprintResourcesResponse200,
    )
    from .export_blueprint_resources_response_200_resources import (
        ExportBlueprintResourcesResponse200Resources,
    )
    from .export_contacts_meta import ExportContactsMeta
    from .export_contacts_order import ExportContactsOrder
    from .export_contacts_response_200 import ExportContactsResponse200
    from .export_conversations_meta import ExportConversationsMeta
    from .export_conversations_order import ExportConversationsOrder
    from .export_conversations_response_200 import ExportConversationsResponse200
    from .export_dataset_records_order import ExportDatasetRecordsOrder
    from .export_dataset_records_response_200 import ExportDatasetRecordsResponse200
    from .export_event_logs_meta import ExportEventLogsMeta
    from .export_event_logs_order import ExportEventLogsOrder
    from .export_event_logs_response_200 import ExportEventLogsResponse200
    from .export_extract_integration_items_order import (
        ExportExtractIntegrationItemsOrder,
    )
    from .export_extract_integration_items_response_200 import (
        ExportExtractIntegrationItemsResponse200,
    )
    from .export_extract_integration_items_response_200_items_item import (
        ExportExtractIntegrationItemsResponse200ItemsItem,
    )
    from .export_extract_integration_items_response_200_items_item_data import (
        ExportExtractIntegrationItemsResponse200ItemsItemData,
    )
    from .export_memories_meta import ExportMemoriesMeta
    from .export_memories_order import ExportMemoriesOrder
    from .export_memories_response_200 import ExportMemoriesResponse200
    from .export_skillset_abilities_order import ExportSkillsetAbilitiesOrder
    from .export_skillset_abilities_response_200 import (
        ExportSkillsetAbilitiesResponse200,
    )
    from .export_spaces_meta import ExportSpacesMeta
    from .export_spaces_order import ExportSpacesOrder
    from .export_spaces_response_200 import ExportSpacesResponse200
    from .export_tasks_meta import ExportTasksMeta
    from .export_tasks_order import ExportTasksOrder
    from .export_tasks_response_200 import ExportTasksResponse200
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
    from .fetch_blueprint_response_200 import FetchBlueprintResponse200
    from .fetch_bot_response_200 import FetchBotResponse200
    from .fetch_bot_usage_response_200 import FetchBotUsageResponse200
    from .fetch_contact_response_200 import FetchContactResponse200
    from .fetch_conversation_message_response_200 import (
        FetchConversationMessageResponse200,
    )
    from .fetch_conversation_response_200 import FetchConversationResponse200
    from .fetch_conversation_usage_response_200 import FetchConversationUsageResponse200
    from .fetch_dataset_record_response_200 import FetchDatasetRecordResponse200
    from .fetch_dataset_response_200 import FetchDatasetResponse200
    from .fetch_discord_integration_response_200 import (
        FetchDiscordIntegrationResponse200,
    )
    from .fetch_email_integration_response_200 import FetchEmailIntegrationResponse200
    from .fetch_extract_integration_response_200 import (
        FetchExtractIntegrationResponse200,
    )
    from .fetch_extract_integration_response_200_schema import (
        FetchExtractIntegrationResponse200Schema,
    )
    from .fetch_file_response_200 import FetchFileResponse200
    from .fetch_googlechat_integration_response_200 import (
        FetchGooglechatIntegrationResponse200,
    )
    from .fetch_instagram_integration_response_200 import (
        FetchInstagramIntegrationResponse200,
    )
    from .fetch_mcp_server_integration_response_200 import (
        FetchMcpServerIntegrationResponse200,
    )
    from .fetch_memory_response_200 import FetchMemoryResponse200
    from .fetch_messenger_integration_response_200 import (
        FetchMessengerIntegrationResponse200,
    )
    from .fetch_microsoftteams_integration_response_200 import (
        FetchMicrosoftteamsIntegrationResponse200,
    )
    from .fetch_notion_integration_response_200 import FetchNotionIntegrationResponse200
    from .fetch_partner_user_context_response_200 import (
        FetchPartnerUserContextResponse200,
    )
    from .fetch_partner_user_context_response_200_payload import (
        FetchPartnerUserContextResponse200Payload,
    )
    from .fetch_partner_user_response_200 import FetchPartnerUserResponse200
    from .fetch_platform_doc_response_200 import FetchPlatformDocResponse200
    from .fetch_platform_example_response_200 import FetchPlatformExampleResponse200
    from .fetch_platform_example_response_200_config import (
        FetchPlatformExampleResponse200Config,
    )
    from .fetch_platform_example_response_200_type import (
        FetchPlatformExampleResponse200Type,
    )
    from .fetch_platform_guide_response_200 import FetchPlatformGuideResponse200
    from .fetch_platform_manual_response_200 import FetchPlatformManualResponse200
    from .fetch_platform_tutorial_response_200 import FetchPlatformTutorialResponse200
    from .fetch_policy_response_200 import FetchPolicyResponse200
    from .fetch_policy_response_200_config import FetchPolicyResponse200Config
    from .fetch_portal_response_200 import FetchPortalResponse200
    from .fetch_portal_response_200_config import FetchPortalResponse200Config
    from .fetch_secret_response_200 import FetchSecretResponse200
    from .fetch_secret_response_200_config import FetchSecretResponse200Config
    from .fetch_sitemap_integration_response_200 import (
        FetchSitemapIntegrationResponse200,
    )
    from .fetch_skill_server_integration_response_200 import (
        FetchSkillServerIntegrationResponse200,
    )
    from .fetch_skillset_ability_response_200 import FetchSkillsetAbilityResponse200
    from .fetch_skillset_response_200 import FetchSkillsetResponse200
    from .fetch_slack_integration_response_200 import FetchSlackIntegrationResponse200
    from .fetch_space_response_200 import FetchSpaceResponse200
    from .fetch_space_site_response_200 import FetchSpaceSiteResponse200
    from .fetch_support_integration_response_200 import (
        FetchSupportIntegrationResponse200,
    )
    from .fetch_task_response_200 import FetchTaskResponse200
    from .fetch_telegram_integration_response_200 import (
        FetchTelegramIntegrationResponse200,
    )
    from .fetch_trigger_integration_response_200 import (
        FetchTriggerIntegrationResponse200,
    )
    from .fetch_twilio_integration_response_200 import FetchTwilioIntegrationResponse200
    from .fetch_usage_response_200 import FetchUsageResponse200
    from .fetch_usage_response_200_database import FetchUsageResponse200Database
    from .fetch_usage_series_response_200 import FetchUsageSeriesResponse200
    from .fetch_usage_series_response_200_conversations_item import (
        FetchUsageSeriesResponse200ConversationsItem,
    )
    from .fetch_usage_series_response_200_messages_item import (
        FetchUsageSeriesResponse200MessagesItem,
    )
    from .fetch_usage_series_response_200_tokens_item import (
        FetchUsageSeriesResponse200TokensItem,
    )
    from .fetch_whats_app_integration_response_200 import (
        FetchWhatsAppIntegrationResponse200,
    )
    from .fetch_widget_integration_response_200 import FetchWidgetIntegrationResponse200
    from .file_list_item import FileListItem
    from .file_list_item_event import FileListItemEvent
    from .file_list_item_event_type import FileListItemEventType
    from .file_visibility import FileVisibility
    from .functions_definition_item import FunctionsDefinitionItem
    from .functions_definition_item_call import FunctionsDefinitionItemCall
    from .functions_definition_item_parameters import FunctionsDefinitionItemParameters
    from .functions_definition_item_parameters_properties import (
        FunctionsDefinitionItemParametersProperties,
    )
    from .functions_definition_item_parameters_type import (
        FunctionsDefinitionItemParametersType,
    )
    from .functions_definition_item_result_option_1 import (
        FunctionsDefinitionItemResultOption1,
    )
    from .functions_definition_item_result_option_2 import (
        FunctionsDefinitionItemResultOption2,
    )
    from .generate_magic_from_prompt_body import GenerateMagicFromPromptBody
    from .generate_magic_from_prompt_body_props import GenerateMagicFromPromptBodyProps
    from .generate_platform_report_body import GeneratePlatformReportBody
    from .generate_platform_report_response_200 import GeneratePlatformReportResponse200
    from .generate_platform_reports_body import GeneratePlatformReportsBody
    from .generate_platform_reports_body_additional_property import (
        GeneratePlatformReportsBodyAdditionalProperty,
    )
    from .generate_platform_reports_response_200 import (
        GeneratePlatformReportsResponse200,
    )
    from .generate_platform_reports_response_200_value_option_1 import (
        GeneratePlatformReportsResponse200ValueOption1,
    )
    from .generate_platform_reports_response_200_value_option_2 import (
        GeneratePlatformReportsResponse200ValueOption2,
    )
    from .graphql_body import GraphqlBody
    from .graphql_body_variables import GraphqlBodyVariables
    from .graphql_response_200 import GraphqlResponse200
    from .graphql_response_200_data import GraphqlResponse200Data
    from .graphql_response_200_errors_item import GraphqlResponse200ErrorsItem
    from .import_blueprint_resources_body import ImportBlueprintResourcesBody
    from .import_blueprint_resources_body_resources import (
        ImportBlueprintResourcesBodyResources,
    )
    from .initiate_discord_body import InitiateDiscordBody
    from .initiate_discord_response_200 import InitiateDiscordResponse200
    from .initiate_email_body import InitiateEmailBody
    from .initiate_email_response_200 import InitiateEmailResponse200
    from .initiate_googlechat_body import InitiateGooglechatBody
    from .initiate_googlechat_response_200 import InitiateGooglechatResponse200
    from .initiate_instagram_body import InitiateInstagramBody
    from .initiate_instagram_response_200 import InitiateInstagramResponse200
    from .initiate_messenger_body import InitiateMessengerBody
    from .initiate_messenger_response_200 import InitiateMessengerResponse200
    from .initiate_recall_body import InitiateRecallBody
    from .initiate_recall_response_200 import InitiateRecallResponse200
    from .initiate_recall_response_200_bot import InitiateRecallResponse200Bot
    from .initiate_slack_body import InitiateSlackBody
    from .initiate_slack_response_200 import InitiateSlackResponse200
    from .initiate_teams_body import InitiateTeamsBody
    from .initiate_teams_response_200 import InitiateTeamsResponse200
    from .initiate_telegram_body import InitiateTelegramBody
    from .initiate_telegram_response_200 import InitiateTelegramResponse200
    from .initiate_twilio_body import InitiateTwilioBody
    from .initiate_twilio_body_channel import InitiateTwilioBodyChannel
    from .initiate_twilio_response_200 import InitiateTwilioResponse200
    from .initiate_whatsapp_body import InitiateWhatsappBody
    from .initiate_whatsapp_response_200 import InitiateWhatsappResponse200
    from .instance_crud_props import InstanceCrudProps
    from .instance_list_props import InstanceListProps
    from .instance_meta_props import InstanceMetaProps
    from .instance_ref_properties import InstanceRefProperties
    from .integration_discord_list_item import IntegrationDiscordListItem
    from .integration_discord_list_item_event import IntegrationDiscordListItemEvent
    from .integration_discord_list_item_event_type import (
        IntegrationDiscordListItemEventType,
    )
    from .integration_email_list_item import IntegrationEmailListItem
    from .integration_email_list_item_event import IntegrationEmailListItemEvent
    from .integration_email_list_item_event_type import (
        IntegrationEmailListItemEventType,
    )
    from .integration_extract_list_item import IntegrationExtractListItem
    from .integration_extract_list_item_event import IntegrationExtractListItemEvent
    from .integration_extract_list_item_event_type import (
        IntegrationExtractListItemEventType,
    )
    from .integration_extract_list_item_schema import IntegrationExtractListItemSchema
    from .integration_googlechat_list_item import IntegrationGooglechatListItem
    from .integration_googlechat_list_item_event import (
        IntegrationGooglechatListItemEvent,
    )
    from .integration_googlechat_list_item_event_type import (
        IntegrationGooglechatListItemEventType,
    )
    from .integration_instagram_list_item import IntegrationInstagramListItem
    from .integration_instagram_list_item_event import IntegrationInstagramListItemEvent
    from .integration_instagram_list_item_event_type import (
        IntegrationInstagramListItemEventType,
    )
    from .integration_mcpserver_list_item import IntegrationMcpserverListItem
    from .integration_mcpserver_list_item_event import IntegrationMcpserverListItemEvent
    from .integration_mcpserver_list_item_event_type import (
        IntegrationMcpserverListItemEventType,
    )
    from .integration_messenger_list_item import IntegrationMessengerListItem
    from .integration_messenger_list_item_event import IntegrationMessengerListItemEvent
    from .integration_messenger_list_item_event_type import (
        IntegrationMessengerListItemEventType,
    )
    from .integration_microsoftteams_list_item import IntegrationMicrosoftteamsListItem
    from .integration_microsoftteams_list_item_event import (
        IntegrationMicrosoftteamsListItemEvent,
    )
    from .integration_microsoftteams_list_item_event_type import (
        IntegrationMicrosoftteamsListItemEventType,
    )
    from .integration_notion_list_item import IntegrationNotionListItem
    from .integration_notion_list_item_event import IntegrationNotionListItemEvent
    from .integration_notion_list_item_event_type import (
        IntegrationNotionListItemEventType,
    )
    from .integration_sitemap_list_item import IntegrationSitemapListItem
    from .integration_sitemap_list_item_event import IntegrationSitemapListItemEvent
    from .integration_sitemap_list_item_event_type import (
        IntegrationSitemapListItemEventType,
    )
    from .integration_skillserver_list_item import IntegrationSkillserverListItem
    from .integration_skillserver_list_item_event import (
        IntegrationSkillserverListItemEvent,
    )
    from .integration_skillserver_list_item_event_type import (
        IntegrationSkillserverListItemEventType,
    )
    from .integration_slack_list_item import IntegrationSlackListItem
    from .integration_slack_list_item_event import IntegrationSlackListItemEvent
    from .integration_slack_list_item_event_type import (
        IntegrationSlackListItemEventType,
    )
    from .integration_support_list_item import IntegrationSupportListItem
    from .integration_support_list_item_event import IntegrationSupportListItemEvent
    from .integration_support_list_item_event_type import (
        IntegrationSupportListItemEventType,
    )
    from .integration_telegram_list_item import IntegrationTelegramListItem
    from .integration_telegram_list_item_event import IntegrationTelegramListItemEvent
    from .integration_telegram_list_item_event_type import (
        IntegrationTelegramListItemEventType,
    )
    from .integration_trigger_list_item import IntegrationTriggerListItem
    from .integration_trigger_list_item_event import IntegrationTriggerListItemEvent
    from .integration_trigger_list_item_event_type import (
        IntegrationTriggerListItemEventType,
    )
    from .integration_twilio_list_item import IntegrationTwilioListItem
    from .integration_twilio_list_item_event import IntegrationTwilioListItemEvent
    from .integration_twilio_list_item_event_type import (
        IntegrationTwilioListItemEventType,
    )
    from .integration_whatsapp_list_item import IntegrationWhatsappListItem
    from .integration_whatsapp_list_item_event import IntegrationWhatsappListItemEvent
    from .integration_whatsapp_list_item_event_type import (
        IntegrationWhatsappListItemEventType,
    )
    from .integration_widget_list_item import IntegrationWidgetListItem
    from .integration_widget_list_item_event import IntegrationWidgetListItemEvent
    from .integration_widget_list_item_event_type import (
        IntegrationWidgetListItemEventType,
    )
    from .invoke_skill_server_ability_body import InvokeSkillServerAbilityBody
    from .invoke_skill_server_ability_body_input import (
        InvokeSkillServerAbilityBodyInput,
    )
    from .invoke_skill_server_ability_format import InvokeSkillServerAbilityFormat
    from .invoke_trigger_integration_body import InvokeTriggerIntegrationBody
    from .invoke_trigger_integration_response_200 import (
        InvokeTriggerIntegrationResponse200,
    )
    from .json_schema_object import JsonSchemaObject
    from .json_schema_object_properties import JsonSchemaObjectProperties
    from .json_schema_object_type import JsonSchemaObjectType
    from .limits import Limits
    from .limits_database import LimitsDatabase
    from .list_blueprint_bulletins_order import ListBlueprintBulletinsOrder
    from .list_blueprint_bulletins_response_200 import ListBlueprintBulletinsResponse200
    from .list_blueprint_resources_response_200 import ListBlueprintResourcesResponse200
    from .list_blueprint_resources_response_200_resources import (
        ListBlueprintResourcesResponse200Resources,
    )
    from .list_blueprints_meta import ListBlueprintsMeta
    from .list_blueprints_order import ListBlueprintsOrder
    from .list_blueprints_response_200 import ListBlueprintsResponse200
    from .list_bots_meta import ListBotsMeta
    from .list_bots_order import ListBotsOrder
    from .list_bots_response_200 import ListBotsResponse200
    from .list_contact_conversations_order import ListContactConversationsOrder
    from .list_contact_conversations_response_200 import (
        ListContactConversationsResponse200,
    )
    from .list_contact_memories_order import ListContactMemoriesOrder
    from .list_contact_memories_response_200 import ListContactMemoriesResponse200
    from .list_contact_ratings_order import ListContactRatingsOrder
    from .list_contact_ratings_response_200 import ListContactRatingsResponse200
    from .list_contact_secrets_order import ListContactSecretsOrder
    from .list_contact_secrets_response_200 import ListContactSecretsResponse200
    from .list_contact_spaces_order import ListContactSpacesOrder
    from .list_contact_spaces_response_200 import ListContactSpacesResponse200
    from .list_contact_tasks_order import ListContactTasksOrder
    from .list_contact_tasks_response_200 import ListContactTasksResponse200
    from .list_contacts_meta import ListContactsMeta
    from .list_contacts_order import ListContactsOrder
    from .list_contacts_response_200 import ListContactsResponse200
    from .list_conversation_attachments_response_200 import (
        ListConversationAttachmentsResponse200,
    )
    from .list_conversation_attachments_response_200_items_item import (
        ListConversationAttachmentsResponse200ItemsItem,
    )
    from .list_conversation_messages_order import ListConversationMessagesOrder
    from .list_conversation_messages_response_200 import (
        ListConversationMessagesResponse200,
    )
    from .list_conversations_meta import ListConversationsMeta
    from .list_conversations_order import ListConversationsOrder
    from .list_conversations_response_200 import ListConversationsResponse200
    from .list_dataset_files_order import ListDatasetFilesOrder
    from .list_dataset_files_response_200 import ListDatasetFilesResponse200
    from .list_dataset_files_response_200_items_item import (
        ListDatasetFilesResponse200ItemsItem,
    )
    from .list_dataset_records_order import ListDatasetRecordsOrder
    from .list_dataset_records_response_200 import ListDatasetRecordsResponse200
    from .list_datasets_meta import ListDatasetsMeta
    from .list_datasets_order import ListDatasetsOrder
    from .list_datasets_response_200 import ListDatasetsResponse200
    from .list_discord_integrations_meta import ListDiscordIntegrationsMeta
    from .list_discord_integrations_order import ListDiscordIntegrationsOrder
    from .list_discord_integrations_response_200 import (
        ListDiscordIntegrationsResponse200,
    )
    from .list_email_integrations_meta import ListEmailIntegrationsMeta
    from .list_email_integrations_order import ListEmailIntegrationsOrder
    from .list_email_integrations_response_200 import ListEmailIntegrationsResponse200
    from .list_event_logs_meta import ListEventLogsMeta
    from .list_event_logs_order import ListEventLogsOrder
    from .list_event_logs_response_200 import ListEventLogsResponse200
    from .list_extract_integration_items_order import ListExtractIntegrationItemsOrder
    from .list_extract_integration_items_response_200 import (
        ListExtractIntegrationItemsResponse200,
    )
    from .list_extract_integration_items_response_200_items_item import (
        ListExtractIntegrationItemsResponse200ItemsItem,
    )
    from .list_extract_integration_items_response_200_items_item_data import (
        ListExtractIntegrationItemsResponse200ItemsItemData,
    )
    from .list_extract_integrations_meta import ListExtractIntegrationsMeta
    from .list_extract_integrations_order import ListExtractIntegrationsOrder
    from .list_extract_integrations_response_200 import (
        ListExtractIntegrationsResponse200,
    )
    from .list_files_meta import ListFilesMeta
    from .list_files_order import ListFilesOrder
    from .list_files_response_200 import ListFilesResponse200
    from .list_googlechat_integrations_meta import ListGooglechatIntegrationsMeta
    from .list_googlechat_integrations_order import ListGooglechatIntegrationsOrder
    from .list_googlechat_integrations_response_200 import (
        ListGooglechatIntegrationsResponse200,
    )
    from .list_instagram_integrations_meta import ListInstagramIntegrationsMeta
    from .list_instagram_integrations_order import ListInstagramIntegrationsOrder
    from .list_instagram_integrations_response_200 import (
        ListInstagramIntegrationsResponse200,
    )
    from .list_magic_prompts_meta import ListMagicPromptsMeta
    from .list_magic_prompts_order import ListMagicPromptsOrder
    from .list_magic_prompts_response_200 import ListMagicPromptsResponse200
    from .list_mcp_server_integrations_meta import ListMcpServerIntegrationsMeta
    from .list_mcp_server_integrations_order import ListMcpServerIntegrationsOrder
    from .list_mcp_server_integrations_response_200 import (
        ListMcpServerIntegrationsResponse200,
    )
    from .list_memories_meta import ListMemoriesMeta
    from .list_memories_order import ListMemoriesOrder
    from .list_memories_response_200 import ListMemoriesResponse200
    from .list_messenger_integrations_meta import ListMessengerIntegrationsMeta
    from .list_messenger_integrations_order import ListMessengerIntegrationsOrder
    from .list_messenger_integrations_response_200 import (
        ListMessengerIntegrationsResponse200,
    )
    from .list_microsoftteams_integrations_meta import (
        ListMicrosoftteamsIntegrationsMeta,
    )
    from .list_microsoftteams_integrations_order import (
        ListMicrosoftteamsIntegrationsOrder,
    )
    from .list_microsoftteams_integrations_response_200 import (
        ListMicrosoftteamsIntegrationsResponse200,
    )
    from .list_notion_integrations_meta import ListNotionIntegrationsMeta
    from .list_notion_integrations_order import ListNotionIntegrationsOrder
    from .list_notion_integrations_response_200 import ListNotionIntegrationsResponse200
    from .list_partner_user_contexts_order import ListPartnerUserContextsOrder
    from .list_partner_user_contexts_response_200 import (
        ListPartnerUserContextsResponse200,
    )
    from .list_partner_user_tokens_order import ListPartnerUserTokensOrder
    from .list_partner_user_tokens_response_200 import ListPartnerUserTokensResponse200
    from .list_partner_users_meta import ListPartnerUsersMeta
    from .list_partner_users_order import ListPartnerUsersOrder
    from .list_partner_users_response_200 import ListPartnerUsersResponse200
    from .list_platform_abilities_meta import ListPlatformAbilitiesMeta
    from .list_platform_abilities_order import ListPlatformAbilitiesOrder
    from .list_platform_abilities_response_200 import ListPlatformAbilitiesResponse200
    from .list_platform_actions_meta import ListPlatformActionsMeta
    from .list_platform_actions_order import ListPlatformActionsOrder
    from .list_platform_actions_response_200 import ListPlatformActionsResponse200
    from .list_platform_docs_meta import ListPlatformDocsMeta
    from .list_platform_docs_order import ListPlatformDocsOrder
    from .list_platform_docs_response_200 import ListPlatformDocsResponse200
    from .list_platform_examples_meta import ListPlatformExamplesMeta
    from .list_platform_examples_order import ListPlatformExamplesOrder
    from .list_platform_examples_response_200 import ListPlatformExamplesResponse200
    from .list_platform_guides_meta import ListPlatformGuidesMeta
    from .list_platform_guides_order import ListPlatformGuidesOrder
    from .list_platform_guides_response_200 import ListPlatformGuidesResponse200
    from .list_platform_manuals_meta import ListPlatformManualsMeta
    from .list_platform_manuals_order import ListPlatformManualsOrder
    from .list_platform_manuals_response_200 import ListPlatformManualsResponse200
    from .list_platform_models_meta import ListPlatformModelsMeta
    from .list_platform_models_order import ListPlatformModelsOrder
    from .list_platform_models_response_200 import ListPlatformModelsResponse200
    from .list_platform_reports_order import ListPlatformReportsOrder
    from .list_platform_reports_response_200 import ListPlatformReportsResponse200
    from .list_platform_secrets_meta import ListPlatformSecretsMeta
    from .list_platform_secrets_order import ListPlatformSecretsOrder
    from .list_platform_secrets_response_200 import ListPlatformSecretsResponse200
    from .list_platform_tutorials_meta import ListPlatformTutorialsMeta
    from .list_platform_tutorials_order import ListPlatformTutorialsOrder
    from .list_platform_tutorials_response_200 import ListPlatformTutorialsResponse200
    from .list_policies_meta import ListPoliciesMeta
    from .list_policies_order import ListPoliciesOrder
    from .list_policies_response_200 import ListPoliciesResponse200
    from .list_portals_meta import ListPortalsMeta
    from .list_portals_order import ListPortalsOrder
    from .list_portals_response_200 import ListPortalsResponse200
    from .list_secrets_meta import ListSecretsMeta
    from .list_secrets_order import ListSecretsOrder
    from .list_secrets_response_200 import ListSecretsResponse200
    from .list_sitemap_integrations_meta import ListSitemapIntegrationsMeta
    from .list_sitemap_integrations_order import ListSitemapIntegrationsOrder
    from .list_sitemap_integrations_response_200 import (
        ListSitemapIntegrationsResponse200,
    )
    from .list_skill_server_integrations_meta import ListSkillServerIntegrationsMeta
    from .list_skill_server_integrations_order import ListSkillServerIntegrationsOrder
    from .list_skill_server_integrations_response_200 import (
        ListSkillServerIntegrationsResponse200,
    )
    from .list_skillset_abilities_order import ListSkillsetAbilitiesOrder
    from .list_skillset_abilities_response_200 import ListSkillsetAbilitiesResponse200
    from .list_skillsets_meta import ListSkillsetsMeta
    from .list_skillsets_order import ListSkillsetsOrder
    from .list_skillsets_response_200 import ListSkillsetsResponse200
    from .list_slack_integrations_meta import ListSlackIntegrationsMeta
    from .list_slack_integrations_order import ListSlackIntegrationsOrder
    from .list_slack_integrations_response_200 import ListSlackIntegrationsResponse200
    from .list_space_sites_meta import ListSpaceSitesMeta
    from .list_space_sites_order import ListSpaceSitesOrder
    from .list_space_sites_response_200 import ListSpaceSitesResponse200
    from .list_space_storage_path_response_200 import ListSpaceStoragePathResponse200
    from .list_space_storage_path_response_200_items_item import (
        ListSpaceStoragePathResponse200ItemsItem,
    )
    from .list_spaces_meta import ListSpacesMeta
    from .list_spaces_order import ListSpacesOrder
    from .list_spaces_response_200 import ListSpacesResponse200
    from .list_support_integrations_meta import ListSupportIntegrationsMeta
    from .list_support_integrations_order import ListSupportIntegrationsOrder
    from .list_support_integrations_response_200 import (
        ListSupportIntegrationsResponse200,
    )
    from .list_task_executions_meta import ListTaskExecutionsMeta
    from .list_task_executions_order import ListTaskExecutionsOrder
    from .list_task_executions_response_200 import ListTaskExecutionsResponse200
    from .list_task_executions_status import ListTaskExecutionsStatus
    from .list_tasks_meta import ListTasksMeta
    from .list_tasks_order import ListTasksOrder
    from .list_tasks_response_200 import ListTasksResponse200
    from .list_tasks_status import ListTasksStatus
    from .list_teams_meta import ListTeamsMeta
    from .list_teams_order import ListTeamsOrder
    from .list_teams_response_200 import ListTeamsResponse200
    from .list_telegram_integrations_meta import ListTelegramIntegrationsMeta
    from .list_telegram_integrations_order import ListTelegramIntegrationsOrder
    from .list_telegram_integrations_response_200 import (
        ListTelegramIntegrationsResponse200,
    )
    from .list_trigger_integrations_meta import ListTriggerIntegrationsMeta
    from .list_trigger_integrations_order import ListTriggerIntegrationsOrder
    from .list_trigger_integrations_response_200 import (
        ListTriggerIntegrationsResponse200,
    )
    from .list_twilio_integrations_meta import ListTwilioIntegrationsMeta
    from .list_twilio_integrations_order import ListTwilioIntegrationsOrder
    from .list_twilio_integrations_response_200 import ListTwilioIntegrationsResponse200
    from .list_usage_records_meta import ListUsageRecordsMeta
    from .list_usage_records_order import ListUsageRecordsOrder
    from .list_usage_records_response_200 import ListUsageRecordsResponse200
    from .list_usage_records_response_200_items_item import (
        ListUsageRecordsResponse200ItemsItem,
    )
    from .list_whats_app_integrations_meta import ListWhatsAppIntegrationsMeta
    from .list_whats_app_integrations_order import ListWhatsAppIntegrationsOrder
    from .list_whats_app_integrations_response_200 import (
        ListWhatsAppIntegrationsResponse200,
    )
    from .list_widget_integrations_meta import ListWidgetIntegrationsMeta
    from .list_widget_integrations_order import ListWidgetIntegrationsOrder
    from .list_widget_integrations_response_200 import ListWidgetIntegrationsResponse200
    from .magic_generate_result import MagicGenerateResult
    from .magic_generate_result_event import MagicGenerateResultEvent
    from .magic_generate_result_event_type import MagicGenerateResultEventType
    from .magic_list_item import MagicListItem
    from .magic_list_item_event import MagicListItemEvent
    from .magic_list_item_event_type import MagicListItemEventType
    from .memory_export_item import MemoryExportItem
    from .memory_export_item_event import MemoryExportItemEvent
    from .memory_export_item_event_type import MemoryExportItemEventType
    from .memory_list_item import MemoryListItem
    from .memory_list_item_event import MemoryListItemEvent
    from .memory_list_item_event_type import MemoryListItemEventType
    from .message import Message
    from .message_type import MessageType
    from .meta import Meta
    from .move_space_storage_path_body import MoveSpaceStoragePathBody
    from .move_space_storage_path_response_200 import MoveSpaceStoragePathResponse200
    from .partner_user_context_list_item import PartnerUserContextListItem
    from .partner_user_context_list_item_event import PartnerUserContextListItemEvent
    from .partner_user_context_list_item_event_type import (
        PartnerUserContextListItemEventType,
    )
    from .partner_user_context_list_item_payload import (
        PartnerUserContextListItemPayload,
    )
    from .partner_user_list_item import PartnerUserListItem
    from .partner_user_list_item_event import PartnerUserListItemEvent
    from .partner_user_list_item_event_type import PartnerUserListItemEventType
    from .partner_user_token_list_item import PartnerUserTokenListItem
    from .partner_user_token_list_item_event import PartnerUserTokenListItemEvent
    from .partner_user_token_list_item_event_type import (
        PartnerUserTokenListItemEventType,
    )
    from .platform_ability_list_item import PlatformAbilityListItem
    from .platform_ability_list_item_event import PlatformAbilityListItemEvent
    from .platform_ability_list_item_event_type import PlatformAbilityListItemEventType
    from .platform_ability_list_item_schema import PlatformAbilityListItemSchema
    from .platform_ability_list_item_schema_properties import (
        PlatformAbilityListItemSchemaProperties,
    )
    from .platform_ability_list_item_schema_type import (
        PlatformAbilityListItemSchemaType,
    )
    from .platform_action_list_item import PlatformActionListItem
    from .platform_action_list_item_event import PlatformActionListItemEvent
    from .platform_action_list_item_event_type import PlatformActionListItemEventType
    from .platform_doc_list_item import PlatformDocListItem
    from .platform_doc_list_item_event import PlatformDocListItemEvent
    from .platform_doc_list_item_event_type import PlatformDocListItemEventType
    from .platform_example_list_item import PlatformExampleListItem
    from .platform_example_list_item_event import PlatformExampleListItemEvent
    from .platform_example_list_item_event_type import PlatformExampleListItemEventType
    from .platform_example_list_item_type import PlatformExampleListItemType
    from .platform_guide_list_item import PlatformGuideListItem
    from .platform_guide_list_item_event import PlatformGuideListItemEvent
    from .platform_guide_list_item_event_type import PlatformGuideListItemEventType
    from .platform_manual_list_item import PlatformManualListItem
    from .platform_manual_list_item_event import PlatformManualListItemEvent
    from .platform_manual_list_item_event_type import PlatformManualListItemEventType
    from .platform_model_list_item import PlatformModelListItem
    from .platform_model_list_item_event import PlatformModelListItemEvent
    from .platform_model_list_item_event_type import PlatformModelListItemEventType
    from .platform_report_list_item import PlatformReportListItem
    from .platform_report_list_item_event import PlatformReportListItemEvent
    from .platform_report_list_item_event_type import PlatformReportListItemEventType
    from .platform_secret_list_item import PlatformSecretListItem
    from .platform_secret_list_item_config import PlatformSecretListItemConfig
    from .platform_secret_list_item_event import PlatformSecretListItemEvent
    from .platform_secret_list_item_event_type import PlatformSecretListItemEventType
    from .platform_tutorial_list_item import PlatformTutorialListItem
    from .platform_tutorial_list_item_event import PlatformTutorialListItemEvent
    from .platform_tutorial_list_item_event_type import (
        PlatformTutorialListItemEventType,
    )
    from .policy_list_item import PolicyListItem
    from .policy_list_item_config import PolicyListItemConfig
    from .policy_list_item_event import PolicyListItemEvent
    from .policy_list_item_event_type import PolicyListItemEventType
    from .policy_type import PolicyType
    from .portal_list_item import PortalListItem
    from .portal_list_item_config import PortalListItemConfig
    from .portal_list_item_event import PortalListItemEvent
    from .portal_list_item_event_type import PortalListItemEventType
    from .publish_channel_message_body import PublishChannelMessageBody
    from .publish_channel_message_body_message import PublishChannelMessageBodyMessage
    from .publish_channel_message_response_200 import PublishChannelMessageResponse200
    from .receive_conversation_message_body import ReceiveConversationMessageBody
    from .revoke_contact_secret_body import RevokeContactSecretBody
    from .revoke_contact_secret_response_200 import RevokeContactSecretResponse200
    from .revoke_secret_body import RevokeSecretBody
    from .revoke_secret_response_200 import RevokeSecretResponse200
    from .schedule import Schedule
    from .search_bot_memory_body import SearchBotMemoryBody
    from .search_bot_memory_response_200 import SearchBotMemoryResponse200
    from .search_bot_memory_response_200_items_item import (
        SearchBotMemoryResponse200ItemsItem,
    )
    from .search_bot_memory_response_200_items_item_meta import (
        SearchBotMemoryResponse200ItemsItemMeta,
    )
    from .search_contact_memory_body import SearchContactMemoryBody
    from .search_contact_memory_response_200 import SearchContactMemoryResponse200
    from .search_contact_memory_response_200_items_item import (
        SearchContactMemoryResponse200ItemsItem,
    )
    from .search_contact_memory_response_200_items_item_meta import (
        SearchContactMemoryResponse200ItemsItemMeta,
    )
    from .search_dataset_body import SearchDatasetBody
    from .search_dataset_response_200 import SearchDatasetResponse200
    from .search_dataset_response_200_records_item import (
        SearchDatasetResponse200RecordsItem,
    )
    from .search_dataset_response_200_records_item_meta import (
        SearchDatasetResponse200RecordsItemMeta,
    )
    from .search_memory_body import SearchMemoryBody
    from .search_memory_response_200 import SearchMemoryResponse200
    from .search_memory_response_200_items_item import SearchMemoryResponse200ItemsItem
    from .search_memory_response_200_items_item_meta import (
        SearchMemoryResponse200ItemsItemMeta,
    )
    from .search_platform_abilities_body import SearchPlatformAbilitiesBody
    from .search_platform_abilities_response_200 import (
        SearchPlatformAbilitiesResponse200,
    )
    from .search_platform_abilities_response_200_items_item import (
        SearchPlatformAbilitiesResponse200ItemsItem,
    )
    from .search_platform_abilities_response_200_items_item_schema import (
        SearchPlatformAbilitiesResponse200ItemsItemSchema,
    )
    from .search_platform_abilities_response_200_items_item_schema_properties import (
        SearchPlatformAbilitiesResponse200ItemsItemSchemaProperties,
    )
    from .search_platform_abilities_response_200_items_item_schema_type import (
        SearchPlatformAbilitiesResponse200ItemsItemSchemaType,
    )
    from .search_platform_docs_body import SearchPlatformDocsBody
    from .search_platform_docs_response_200 import SearchPlatformDocsResponse200
    from .search_platform_docs_response_200_items_item import (
        SearchPlatformDocsResponse200ItemsItem,
    )
    from .search_platform_examples_body import SearchPlatformExamplesBody
    from .search_platform_examples_response_200 import SearchPlatformExamplesResponse200
    from .search_platform_examples_response_200_items_item import (
        SearchPlatformExamplesResponse200ItemsItem,
    )
    from .search_platform_examples_response_200_items_item_type import (
        SearchPlatformExamplesResponse200ItemsItemType,
    )
    from .search_platform_guides_body import SearchPlatformGuidesBody
    from .search_platform_guides_response_200 import SearchPlatformGuidesResponse200
    from .search_platform_guides_response_200_items_item import (
        SearchPlatformGuidesResponse200ItemsItem,
    )
    from .search_platform_manuals_body import SearchPlatformManualsBody
    from .search_platform_manuals_response_200 import SearchPlatformManualsResponse200
    from .search_platform_manuals_response_200_items_item import (
        SearchPlatformManualsResponse200ItemsItem,
    )
    from .search_platform_secrets_body import SearchPlatformSecretsBody
    from .search_platform_secrets_response_200 import SearchPlatformSecretsResponse200
    from .search_platform_secrets_response_200_items_item import (
        SearchPlatformSecretsResponse200ItemsItem,
    )
    from .search_platform_secrets_response_200_items_item_config import (
        SearchPlatformSecretsResponse200ItemsItemConfig,
    )
    from .search_platform_tutorials_body import SearchPlatformTutorialsBody
    from .search_platform_tutorials_response_200 import (
        SearchPlatformTutorialsResponse200,
    )
    from .search_platform_tutorials_response_200_items_item import (
        SearchPlatformTutorialsResponse200ItemsItem,
    )
    from .secret_kind import SecretKind
    from .secret_list_item import SecretListItem
    from .secret_list_item_config import SecretListItemConfig
    from .secret_list_item_event import SecretListItemEvent
    from .secret_list_item_event_type import SecretListItemEventType
    from .secret_type import SecretType
    from .secret_visibility import SecretVisibility
    from .send_conversation_message_body import SendConversationMessageBody
    from .setup_discord_integration_body import SetupDiscordIntegrationBody
    from .setup_discord_integration_response_200 import (
        SetupDiscordIntegrationResponse200,
    )
    from .setup_email_integration_body import SetupEmailIntegrationBody
    from .setup_email_integration_response_200 import SetupEmailIntegrationResponse200
    from .setup_googlechat_integration_body import SetupGooglechatIntegrationBody
    from .setup_googlechat_integration_response_200 import (
        SetupGooglechatIntegrationResponse200,
    )
    from .setup_instagram_integration_body import SetupInstagramIntegrationBody
    from .setup_instagram_integration_response_200 import (
        SetupInstagramIntegrationResponse200,
    )
    from .setup_messenger_integration_body import SetupMessengerIntegrationBody
    from .setup_messenger_integration_response_200 import (
        SetupMessengerIntegrationResponse200,
    )
    from .setup_microsoftteams_integration_body import (
        SetupMicrosoftteamsIntegrationBody,
    )
    from .setup_microsoftteams_integration_response_200 import (
        SetupMicrosoftteamsIntegrationResponse200,
    )
    from .setup_slack_integration_body import SetupSlackIntegrationBody
    from .setup_slack_integration_response_200 import SetupSlackIntegrationResponse200
    from .setup_telegram_integration_body import SetupTelegramIntegrationBody
    from .setup_telegram_integration_response_200 import (
        SetupTelegramIntegrationResponse200,
    )
    from .setup_trigger_integration_body import SetupTriggerIntegrationBody
    from .setup_trigger_integration_response_200 import (
        SetupTriggerIntegrationResponse200,
    )
    from .setup_twilio_integration_body import SetupTwilioIntegrationBody
    from .setup_twilio_integration_response_200 import SetupTwilioIntegrationResponse200
    from .setup_whats_app_integration_body import SetupWhatsAppIntegrationBody
    from .setup_whats_app_integration_response_200 import (
        SetupWhatsAppIntegrationResponse200,
    )
    from .setup_widget_integration_body import SetupWidgetIntegrationBody
    from .setup_widget_integration_response_200 import SetupWidgetIntegrationResponse200
    from .skillset_ability_execute_result import SkillsetAbilityExecuteResult
    from .skillset_ability_execute_result_event import SkillsetAbilityExecuteResultEvent
    from .skillset_ability_execute_result_event_type import (
        SkillsetAbilityExecuteResultEventType,
    )
    from .skillset_ability_export_item import SkillsetAbilityExportItem
    from .skillset_ability_export_item_event import SkillsetAbilityExportItemEvent
    from .skillset_ability_export_item_event_type import (
        SkillsetAbilityExportItemEventType,
    )
    from .skillset_ability_list_item import SkillsetAbilityListItem
    from .skillset_ability_list_item_event import SkillsetAbilityListItemEvent
    from .skillset_ability_list_item_event_type import SkillsetAbilityListItemEventType
    from .skillset_list_item import SkillsetListItem
    from .skillset_list_item_event import SkillsetListItemEvent
    from .skillset_list_item_event_type import SkillsetListItemEventType
    from .skillset_visibility import SkillsetVisibility
    from .space_export_item import SpaceExportItem
    from .space_export_item_event import SpaceExportItemEvent
    from .space_export_item_event_type import SpaceExportItemEventType
    from .space_list_item import SpaceListItem
    from .space_list_item_event import SpaceListItemEvent
    from .space_list_item_event_type import SpaceListItemEventType
    from .space_site_list_item import SpaceSiteListItem
    from .space_site_list_item_event import SpaceSiteListItemEvent
    from .space_site_list_item_event_type import SpaceSiteListItemEventType
    from .subscribe_channel_messages_body import SubscribeChannelMessagesBody
    from .subscribe_event_logs_body import SubscribeEventLogsBody
    from .subscribe_task_workflow_events_body import SubscribeTaskWorkflowEventsBody
    from .sync_dataset_file_body import SyncDatasetFileBody
    from .sync_dataset_file_response_200 import SyncDatasetFileResponse200
    from .sync_file_body import SyncFileBody
    from .sync_file_response_200 import SyncFileResponse200
    from .sync_notion_integration_body import SyncNotionIntegrationBody
    from .sync_notion_integration_response_200 import SyncNotionIntegrationResponse200
    from .sync_sitemap_integration_body import SyncSitemapIntegrationBody
    from .sync_sitemap_integration_response_200 import SyncSitemapIntegrationResponse200
    from .sync_status import SyncStatus
    from .synthesize_conversation_message_body import SynthesizeConversationMessageBody
    from .synthesize_conversation_message_response_200 import (
        SynthesizeConversationMessageResponse200,
    )
    from .task_execution_list_item import TaskExecutionListItem
    from .task_execution_list_item_event import TaskExecutionListItemEvent
    from .task_execution_list_item_event_type import TaskExecutionListItemEventType
    from .task_export_item import TaskExportItem
    from .task_export_item_event import TaskExportItemEvent
    from .task_export_item_event_type import TaskExportItemEventType
    from .task_list_item import TaskListItem
    from .task_list_item_event import TaskListItemEvent
    from .task_list_item_event_type import TaskListItemEventType
    from .task_outcome import TaskOutcome
    from .task_status import TaskStatus
    from .task_workflow_error_event import TaskWorkflowErrorEvent
    from .task_workflow_error_event_data import TaskWorkflowErrorEventData
    from .task_workflow_error_event_type import TaskWorkflowErrorEventType
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
    from .task_workflow_operation_begin_event_type import (
        TaskWorkflowOperationBeginEventType,
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
    from .task_workflow_operation_end_event_type import (
        TaskWorkflowOperationEndEventType,
    )
    from .team_list_item import TeamListItem
    from .team_list_item_event import TeamListItemEvent
    from .team_list_item_event_type import TeamListItemEventType
    from .trigger import Trigger
    from .trigger_extract_integration_body import TriggerExtractIntegrationBody
    from .trigger_extract_integration_response_200 import (
        TriggerExtractIntegrationResponse200,
    )
    from .trigger_support_integration_body import TriggerSupportIntegrationBody
    from .trigger_support_integration_response_200 import (
        TriggerSupportIntegrationResponse200,
    )
    from .trigger_task_body import TriggerTaskBody
    from .trigger_task_response_200 import TriggerTaskResponse200
    from .update_blueprint_body import UpdateBlueprintBody
    from .update_blueprint_response_200 import UpdateBlueprintResponse200
    from .update_bot_body import UpdateBotBody
    from .update_bot_response_200 import UpdateBotResponse200
    from .update_contact_body import UpdateContactBody
    from .update_contact_response_200 import UpdateContactResponse200
    from .update_conversation_body import UpdateConversationBody
    from .update_conversation_message_body import UpdateConversationMessageBody
    from .update_conversation_message_response_200 import (
        UpdateConversationMessageResponse200,
    )
    from .update_conversation_response_200 import UpdateConversationResponse200
    from .update_dataset_body import UpdateDatasetBody
    from .update_dataset_record_body import UpdateDatasetRecordBody
    from .update_dataset_record_response_200 import UpdateDatasetRecordResponse200
    from .update_dataset_response_200 import UpdateDatasetResponse200
    from .update_discord_integration_body import UpdateDiscordIntegrationBody
    from .update_discord_integration_response_200 import (
        UpdateDiscordIntegrationResponse200,
    )
    from .update_email_integration_body import UpdateEmailIntegrationBody
    from .update_email_integration_response_200 import UpdateEmailIntegrationResponse200
    from .update_extract_integration_body import UpdateExtractIntegrationBody
    from .update_extract_integration_body_schema import (
        UpdateExtractIntegrationBodySchema,
    )
    from .update_extract_integration_response_200 import (
        UpdateExtractIntegrationResponse200,
    )
    from .update_file_body import UpdateFileBody
    from .update_file_response_200 import UpdateFileResponse200
    from .update_googlechat_integration_body import UpdateGooglechatIntegrationBody
    from .update_googlechat_integration_response_200 import (
        UpdateGooglechatIntegrationResponse200,
    )
    from .update_instagram_integration_body import UpdateInstagramIntegrationBody
    from .update_instagram_integration_response_200 import (
        UpdateInstagramIntegrationResponse200,
    )
    from .update_mcp_server_integration_body import UpdateMcpServerIntegrationBody
    from .update_mcp_server_integration_response_200 import (
        UpdateMcpServerIntegrationResponse200,
    )
    from .update_memory_body import UpdateMemoryBody
    from .update_memory_response_200 import UpdateMemoryResponse200
    from .update_messenger_integration_body import UpdateMessengerIntegrationBody
    from .update_messenger_integration_response_200 import (
        UpdateMessengerIntegrationResponse200,
    )
    from .update_microsoftteams_integration_body import (
        UpdateMicrosoftteamsIntegrationBody,
    )
    from .update_microsoftteams_integration_response_200 import (
        UpdateMicrosoftteamsIntegrationResponse200,
    )
    from .update_notion_integration_body import UpdateNotionIntegrationBody
    from .update_notion_integration_response_200 import (
        UpdateNotionIntegrationResponse200,
    )
    from .update_partner_user_body import UpdatePartnerUserBody
    from .update_partner_user_context_body import UpdatePartnerUserContextBody
    from .update_partner_user_context_body_payload import (
        UpdatePartnerUserContextBodyPayload,
    )
    from .update_partner_user_context_response_200 import (
        UpdatePartnerUserContextResponse200,
    )
    from .update_partner_user_response_200 import UpdatePartnerUserResponse200
    from .update_partner_user_token_body import UpdatePartnerUserTokenBody
    from .update_partner_user_token_body_config import UpdatePartnerUserTokenBodyConfig
    from .update_partner_user_token_body_meta import UpdatePartnerUserTokenBodyMeta
    from .update_partner_user_token_response_200 import (
        UpdatePartnerUserTokenResponse200,
    )
    from .update_policy_body import UpdatePolicyBody
    from .update_policy_body_config import UpdatePolicyBodyConfig
    from .update_policy_response_200 import UpdatePolicyResponse200
    from .update_portal_body import UpdatePortalBody
    from .update_portal_body_config import UpdatePortalBodyConfig
    from .update_portal_response_200 import UpdatePortalResponse200
    from .update_secret_body import UpdateSecretBody
    from .update_secret_body_config import UpdateSecretBodyConfig
    from .update_secret_response_200 import UpdateSecretResponse200
    from .update_sitemap_integration_body import UpdateSitemapIntegrationBody
    from .update_sitemap_integration_response_200 import (
        UpdateSitemapIntegrationResponse200,
    )
    from .update_skill_server_integration_body import UpdateSkillServerIntegrationBody
    from .update_skill_server_integration_response_200 import (
        UpdateSkillServerIntegrationResponse200,
    )
    from .update_skillset_ability_body import UpdateSkillsetAbilityBody
    from .update_skillset_ability_response_200 import UpdateSkillsetAbilityResponse200
    from .update_skillset_body import UpdateSkillsetBody
    from .update_skillset_response_200 import UpdateSkillsetResponse200
    from .update_slack_integration_body import UpdateSlackIntegrationBody
    from .update_slack_integration_response_200 import UpdateSlackIntegrationResponse200
    from .update_space_body import UpdateSpaceBody
    from .update_space_response_200 import UpdateSpaceResponse200
    from .update_space_site_body import UpdateSpaceSiteBody
    from .update_space_site_response_200 import UpdateSpaceSiteResponse200
    from .update_support_integration_body import UpdateSupportIntegrationBody
    from .update_support_integration_response_200 import (
        UpdateSupportIntegrationResponse200,
    )
    from .update_task_body import UpdateTaskBody
    from .update_task_response_200 import UpdateTaskResponse200
    from .update_telegram_integration_body import UpdateTelegramIntegrationBody
    from .update_telegram_integration_response_200 import (
        UpdateTelegramIntegrationResponse200,
    )
    from .update_trigger_integration_body import UpdateTriggerIntegrationBody
    from .update_trigger_integration_response_200 import (
        UpdateTriggerIntegrationResponse200,
    )
    from .update_twilio_integration_body import UpdateTwilioIntegrationBody
    from .update_twilio_integration_response_200 import (
        UpdateTwilioIntegrationResponse200,
    )
    from .update_whats_app_integration_body import UpdateWhatsAppIntegrationBody
    from .update_whats_app_integration_response_200 import (
        UpdateWhatsAppIntegrationResponse200,
    )
    from .update_widget_integration_body import UpdateWidgetIntegrationBody
    from .update_widget_integration_response_200 import (
        UpdateWidgetIntegrationResponse200,
    )
    from .upload_conversation_attachment_body_option_1 import (
        UploadConversationAttachmentBodyOption1,
    )
    from .upload_conversation_attachment_body_option_2 import (
        UploadConversationAttachmentBodyOption2,
    )
    from .upload_conversation_attachment_body_option_2_file import (
        UploadConversationAttachmentBodyOption2File,
    )
    from .upload_conversation_attachment_files_body import (
        UploadConversationAttachmentFilesBody,
    )
    from .upload_conversation_attachment_response_200 import (
        UploadConversationAttachmentResponse200,
    )
    from .upload_conversation_attachment_response_200_upload_request import (
        UploadConversationAttachmentResponse200UploadRequest,
    )
    from .upload_conversation_attachment_response_200_upload_request_headers import (
        UploadConversationAttachmentResponse200UploadRequestHeaders,
    )
    from .upload_file_body_option_1 import UploadFileBodyOption1
    from .upload_file_body_option_2 import UploadFileBodyOption2
    from .upload_file_body_option_2_file import UploadFileBodyOption2File
    from .upload_file_files_body import UploadFileFilesBody
    from .upload_file_response_200 import UploadFileResponse200
    from .upload_file_response_200_upload_request import (
        UploadFileResponse200UploadRequest,
    )
    from .upload_file_response_200_upload_request_headers import (
        UploadFileResponse200UploadRequestHeaders,
    )
    from .upload_space_storage_path_body_option_1 import (
        UploadSpaceStoragePathBodyOption1,
    )
    from .upload_space_storage_path_body_option_2 import (
        UploadSpaceStoragePathBodyOption2,
    )
    from .upload_space_storage_path_body_option_2_file import (
        UploadSpaceStoragePathBodyOption2File,
    )
    from .upload_space_storage_path_body_option_2_file_meta import (
        UploadSpaceStoragePathBodyOption2FileMeta,
    )
    from .upload_space_storage_path_files_body import UploadSpaceStoragePathFilesBody
    from .upload_space_storage_path_response_200 import (
        UploadSpaceStoragePathResponse200,
    )
    from .upload_space_storage_path_response_200_upload_request import (
        UploadSpaceStoragePathResponse200UploadRequest,
    )
    from .upload_space_storage_path_response_200_upload_request_headers import (
        UploadSpaceStoragePathResponse200UploadRequestHeaders,
    )
    from .upsert_conversation_contact_body import UpsertConversationContactBody
    from .upsert_conversation_contact_response_200 import (
        UpsertConversationContactResponse200,
    )
    from .upvote_bot_body import UpvoteBotBody
    from .upvote_bot_response_200 import UpvoteBotResponse200
    from .upvote_conversation_body import UpvoteConversationBody
    from .upvote_conversation_message_body import UpvoteConversationMessageBody
    from .upvote_conversation_message_response_200 import (
        UpvoteConversationMessageResponse200,
    )
    from .upvote_conversation_response_200 import UpvoteConversationResponse200
    from .usage import Usage
    from .verify_contact_secret_body import VerifyContactSecretBody
    from .verify_contact_secret_response_200 import VerifyContactSecretResponse200
    from .verify_contact_secret_response_200_action_option_1 import (
        VerifyContactSecretResponse200ActionOption1,
    )
    from .verify_contact_secret_response_200_action_option_1_type import (
        VerifyContactSecretResponse200ActionOption1Type,
    )
    from .verify_contact_secret_response_200_status import (
        VerifyContactSecretResponse200Status,
    )
    from .verify_secret_body import VerifySecretBody
    from .verify_secret_response_200 import VerifySecretResponse200
    from .verify_secret_response_200_action_option_1 import (
        VerifySecretResponse200ActionOption1,
    )
    from .verify_secret_response_200_action_option_1_type import (
        VerifySecretResponse200ActionOption1Type,
    )
    from .verify_secret_response_200_status import VerifySecretResponse200Status

_MODULES: dict[str, str] = {
    "Abort": ".abort",
    "AttachDatasetFileBody": ".attach_dataset_file_body",
    "AttachDatasetFileResponse200": ".attach_dataset_file_response_200",
    "AttachWidgetIntegrationFileBody": ".attach_widget_integration_file_body",
    "AttachWidgetIntegrationFileBodyType": ".attach_widget_integration_file_body_type",
    "AttachWidgetIntegrationFileResponse200": ".attach_widget_integration_file_response_200",
    "AuthenticateContactSecretBody": ".authenticate_contact_secret_body",
    "AuthenticateContactSecretResponse200": ".authenticate_contact_secret_response_200",
    "AuthenticateSecretBody": ".authenticate_secret_body",
    "AuthenticateSecretResponse200": ".authenticate_secret_response_200",
    "BlueprintBulletinListItem": ".blueprint_bulletin_list_item",
    "BlueprintBulletinListItemEvent": ".blueprint_bulletin_list_item_event",
    "BlueprintBulletinListItemEventType": ".blueprint_bulletin_list_item_event_type",
    "BlueprintListItem": ".blueprint_list_item",
    "BlueprintListItemEvent": ".blueprint_list_item_event",
    "BlueprintListItemEventType": ".blueprint_list_item_event_type",
    "BlueprintProps": ".blueprint_props",
    "BlueprintVisibility": ".blueprint_visibility",
    "BotConfig": ".bot_config",
    "BotListItem": ".bot_list_item",
    "BotListItemEvent": ".bot_list_item_event",
    "BotListItemEventType": ".bot_list_item_event_type",
    "BotRef": ".bot_ref",
    "BotVisibility": ".bot_visibility",
    "CancelTaskBody": ".cancel_task_body",
    "CancelTaskExecutionBody": ".cancel_task_execution_body",
    "CancelTaskExecutionResponse200": ".cancel_task_execution_response_200",
    "CancelTaskResponse200": ".cancel_task_response_200",
    "ChannelSubscribeMessageEvent": ".channel_subscribe_message_event",
    "ChannelSubscribeMessageEventData": ".channel_subscribe_message_event_data",
    "ChannelSubscribeMessageEventType": ".channel_subscribe_message_event_type",
    "CloneBlueprintBody": ".clone_blueprint_body",
    "CloneBlueprintResponse200": ".clone_blueprint_response_200",
    "CloneBlueprintResponse200Resources": ".clone_blueprint_response_200_resources",
    "CloneBotBody": ".clone_bot_body",
    "CloneBotResponse200": ".clone_bot_response_200",
    "ClonePlatformExampleBody": ".clone_platform_example_body",
    "ClonePlatformExampleResponse200": ".clone_platform_example_response_200",
    "ClonePlatformExampleResponse200Resources": ".clone_platform_example_response_200_resources",
    "ClonePlatformExampleResponse200ResourcesAdditionalPropertyItem": ".clone_platform_example_response_200_resources_additional_property_item",
    "CloneWidgetIntegrationBody": ".clone_widget_integration_body",
    "CloneWidgetIntegrationResponse200": ".clone_widget_integration_response_200",
    "CompactConversationResponse200": ".compact_conversation_response_200",
    "CompactConversationStatelessBody": ".compact_conversation_stateless_body",
    "CompactConversationStatelessResponse200": ".compact_conversation_stateless_response_200",
    "CompleteAbortEvent": ".complete_abort_event",
    "CompleteAbortEventType": ".complete_abort_event_type",
    "CompleteCompleteBeginEvent": ".complete_complete_begin_event",
    "CompleteCompleteBeginEventData": ".complete_complete_begin_event_data",
    "CompleteCompleteBeginEventType": ".complete_complete_begin_event_type",
    "CompleteCompleteEndEvent": ".complete_complete_end_event",
    "CompleteCompleteEndEventData": ".complete_complete_end_event_data",
    "CompleteCompleteEndEventType": ".complete_complete_end_event_type",
    "CompleteConversationBody": ".complete_conversation_body",
    "CompleteConversationBodyAttachmentsItem": ".complete_conversation_body_attachments_item",
    "CompleteConversationBodyContactIdOption2": ".complete_conversation_body_contact_id_option_2",
    "CompleteConversationBodyContactIdOption2Meta": ".complete_conversation_body_contact_id_option_2_meta",
    "CompleteConversationMessageBody": ".complete_conversation_message_body",
    "CompleteConversationMessageResult": ".complete_conversation_message_result",
    "CompleteConversationMessageResultEvent": ".complete_conversation_message_result_event",
    "CompleteConversationMessageResultEventType": ".complete_conversation_message_result_event_type",
    "CompleteConversationResult": ".complete_conversation_result",
    "CompleteConversationResultEvent": ".complete_conversation_result_event",
    "CompleteConversationResultEventType": ".complete_conversation_result_event_type",
    "CompleteEnd": ".complete_end",
    "CompleteErrorEvent": ".complete_error_event",
    "CompleteErrorEventData": ".complete_error_event_data",
    "CompleteErrorEventType": ".complete_error_event_type",
    "CompleteMessageEvent": ".complete_message_event",
    "CompleteMessageEventData": ".complete_message_event_data",
    "CompleteMessageEventType": ".complete_message_event_type",
    "CompleteReason": ".complete_reason",
    "CompleteReasoningTokenEvent": ".complete_reasoning_token_event",
    "CompleteReasoningTokenEventData": ".complete_reasoning_token_event_data",
    "CompleteReasoningTokenEventType": ".complete_reasoning_token_event_type",
    "CompleteTokenEvent": ".complete_token_event",
    "CompleteTokenEventData": ".complete_token_event_data",
    "CompleteTokenEventType": ".complete_token_event_type",
    "CompleteUsageEvent": ".complete_usage_event",
    "CompleteUsageEventData": ".complete_usage_event_data",
    "CompleteUsageEventType": ".complete_usage_event_type",
    "CompleteWaitForChannelMessageBeginEvent": ".complete_wait_for_channel_message_begin_event",
    "CompleteWaitForChannelMessageBeginEventData": ".complete_wait_for_channel_message_begin_event_data",
    "CompleteWaitForChannelMessageBeginEventType": ".complete_wait_for_channel_message_begin_event_type",
    "CompleteWaitForChannelMessageEndEvent": ".complete_wait_for_channel_message_end_event",
    "CompleteWaitForChannelMessageEndEventData": ".complete_wait_for_channel_message_end_event_data",
    "CompleteWaitForChannelMessageEndEventType": ".complete_wait_for_channel_message_end_event_type",
    "ContactConversationListItem": ".contact_conversation_list_item",
    "ContactConversationListItemEvent": ".contact_conversation_list_item_event",
    "ContactConversationListItemEventType": ".contact_conversation_list_item_event_type",
    "ContactExportItem": ".contact_export_item",
    "ContactExportItemEvent": ".contact_export_item_event",
    "ContactExportItemEventType": ".contact_export_item_event_type",
    "ContactListItem": ".contact_list_item",
    "ContactListItemEvent": ".contact_list_item_event",
    "ContactListItemEventType": ".contact_list_item_event_type",
    "ContactMemoryListItem": ".contact_memory_list_item",
    "ContactMemoryListItemEvent": ".contact_memory_list_item_event",
    "ContactMemoryListItemEventType": ".contact_memory_list_item_event_type",
    "ContactRatingListItem": ".contact_rating_list_item",
    "ContactRatingListItemEvent": ".contact_rating_list_item_event",
    "ContactRatingListItemEventType": ".contact_rating_list_item_event_type",
    "ContactSecretListItem": ".contact_secret_list_item",
    "ContactSecretListItemEvent": ".contact_secret_list_item_event",
    "ContactSecretListItemEventType": ".contact_secret_list_item_event_type",
    "ContactSpaceListItem": ".contact_space_list_item",
    "ContactSpaceListItemEvent": ".contact_space_list_item_event",
    "ContactSpaceListItemEventType": ".contact_space_list_item_event_type",
    "ContactTaskListItem": ".contact_task_list_item",
    "ContactTaskListItemEvent": ".contact_task_list_item_event",
    "ContactTaskListItemEventType": ".contact_task_list_item_event_type",
    "ConversationExportItem": ".conversation_export_item",
    "ConversationExportItemEvent": ".conversation_export_item_event",
    "ConversationExportItemEventType": ".conversation_export_item_event_type",
    "ConversationListItem": ".conversation_list_item",
    "ConversationListItemEvent": ".conversation_list_item_event",
    "ConversationListItemEventType": ".conversation_list_item_event_type",
    "ConversationMessageListItem": ".conversation_message_list_item",
    "ConversationMessageListItemEvent": ".conversation_message_list_item_event",
    "ConversationMessageListItemEventType": ".conversation_message_list_item_event_type",
    "ConversationReceiveResult": ".conversation_receive_result",
    "ConversationReceiveResultEvent": ".conversation_receive_result_event",
    "ConversationReceiveResultEventType": ".conversation_receive_result_event_type",
    "ConversationSendResult": ".conversation_send_result",
    "ConversationSendResultEvent": ".conversation_send_result_event",
    "ConversationSendResultEventType": ".conversation_send_result_event_type",
    "CopySpaceStoragePathBody": ".copy_space_storage_path_body",
    "CopySpaceStoragePathResponse200": ".copy_space_storage_path_response_200",
    "CreateBlueprintBody": ".create_blueprint_body",
    "CreateBlueprintBulletinBody": ".create_blueprint_bulletin_body",
    "CreateBlueprintBulletinResponse200": ".create_blueprint_bulletin_response_200",
    "CreateBlueprintBulletinResponse200Bulletin": ".create_blueprint_bulletin_response_200_bulletin",
    "CreateBlueprintResponse200": ".create_blueprint_response_200",
    "CreateBotBody": ".create_bot_body",
    "CreateBotResponse200": ".create_bot_response_200",
    "CreateBotSessionBody": ".create_bot_session_body",
    "CreateBotSessionBodyMessagesItem": ".create_bot_session_body_messages_item",
    "CreateBotSessionResponse200": ".create_bot_session_response_200",
    "CreateBotSessionResponse200MessagesItem": ".create_bot_session_response_200_messages_item",
    "CreateChatCompletionBody": ".create_chat_completion_body",
    "CreateContactBody": ".create_contact_body",
    "CreateContactResponse200": ".create_contact_response_200",
    "CreateConversationBody": ".create_conversation_body",
    "CreateConversationBodyMessagesItem": ".create_conversation_body_messages_item",
    "CreateConversationMessageBody": ".create_conversation_message_body",
    "CreateConversationMessageResponse200": ".create_conversation_message_response_200",
    "CreateConversationResponse200": ".create_conversation_response_200",
    "CreateConversationResponse200MessagesItem": ".create_conversation_response_200_messages_item",
    "CreateConversationSessionBody": ".create_conversation_session_body",
    "CreateConversationSessionResponse200": ".create_conversation_session_response_200",
    "CreateDatasetBody": ".create_dataset_body",
    "CreateDatasetRecordBody": ".create_dataset_record_body",
    "CreateDatasetRecordResponse200": ".create_dataset_record_response_200",
    "CreateDatasetResponse200": ".create_dataset_response_200",
    "CreateDiscordIntegrationBody": ".create_discord_integration_body",
    "CreateDiscordIntegrationResponse200": ".create_discord_integration_response_200",
    "CreateEmailIntegrationBody": ".create_email_integration_body",
    "CreateEmailIntegrationResponse200": ".create_email_integration_response_200",
    "CreateExtractIntegrationBody": ".create_extract_integration_body",
    "CreateExtractIntegrationBodySchema": ".create_extract_integration_body_schema",
    "CreateExtractIntegrationResponse200": ".create_extract_integration_response_200",
    "CreateFileBody": ".create_file_body",
    "CreateFileResponse200": ".create_file_response_200",
    "CreateGooglechatIntegrationBody": ".create_googlechat_integration_body",
    "CreateGooglechatIntegrationResponse200": ".create_googlechat_integration_response_200",
    "CreateInstagramIntegrationBody": ".create_instagram_integration_body",
    "CreateInstagramIntegrationResponse200": ".create_instagram_integration_response_200",
    "CreateMcpServerIntegrationBody": ".create_mcp_server_integration_body",
    "CreateMcpServerIntegrationResponse200": ".create_mcp_server_integration_response_200",
    "CreateMemoryBody": ".create_memory_body",
    "CreateMemoryResponse200": ".create_memory_response_200",
    "CreateMessengerIntegrationBody": ".create_messenger_integration_body",
    "CreateMessengerIntegrationResponse200": ".create_messenger_integration_response_200",
    "CreateMicrosoftteamsIntegrationBody": ".create_microsoftteams_integration_body",
    "CreateMicrosoftteamsIntegrationResponse200": ".create_microsoftteams_integration_response_200",
    "CreateNotionIntegrationBody": ".create_notion_integration_body",
    "CreateNotionIntegrationResponse200": ".create_notion_integration_response_200",
    "CreatePartnerUserBody": ".create_partner_user_body",
    "CreatePartnerUserContextBody": ".create_partner_user_context_body",
    "CreatePartnerUserContextBodyPayload": ".create_partner_user_context_body_payload",
    "CreatePartnerUserContextResponse200": ".create_partner_user_context_response_200",
    "CreatePartnerUserContextResponse200Payload": ".create_partner_user_context_response_200_payload",
    "CreatePartnerUserResponse200": ".create_partner_user_response_200",
    "CreatePartnerUserSessionBody": ".create_partner_user_session_body",
    "CreatePartnerUserSessionBodyConfig": ".create_partner_user_session_body_config",
    "CreatePartnerUserSessionResponse200": ".create_partner_user_session_response_200",
    "CreatePartnerUserTokenBody": ".create_partner_user_token_body",
    "CreatePartnerUserTokenBodyConfig": ".create_partner_user_token_body_config",
    "CreatePartnerUserTokenBodyMeta": ".create_partner_user_token_body_meta",
    "CreatePartnerUserTokenResponse200": ".create_partner_user_token_response_200",
    "CreatePolicyBody": ".create_policy_body",
    "CreatePolicyBodyConfig": ".create_policy_body_config",
    "CreatePolicyResponse200": ".create_policy_response_200",
    "CreatePortalBody": ".create_portal_body",
    "CreatePortalBodyConfig": ".create_portal_body_config",
    "CreatePortalResponse200": ".create_portal_response_200",
    "CreateSecretBody": ".create_secret_body",
    "CreateSecretBodyConfig": ".create_secret_body_config",
    "CreateSecretResponse200": ".create_secret_response_200",
    "CreateSitemapIntegrationBody": ".create_sitemap_integration_body",
    "CreateSitemapIntegrationResponse200": ".create_sitemap_integration_response_200",
    "CreateSkillServerIntegrationBody": ".create_skill_server_integration_body",
    "CreateSkillServerIntegrationResponse200": ".create_skill_server_integration_response_200",
    "CreateSkillsetAbilityBody": ".create_skillset_ability_body",
    "CreateSkillsetAbilityResponse200": ".create_skillset_ability_response_200",
    "CreateSkillsetBody": ".create_skillset_body",
    "CreateSkillsetResponse200": ".create_skillset_response_200",
    "CreateSlackIntegrationBody": ".create_slack_integration_body",
    "CreateSlackIntegrationResponse200": ".create_slack_integration_response_200",
    "CreateSpaceBody": ".create_space_body",
    "CreateSpaceResponse200": ".create_space_response_200",
    "CreateSpaceSiteBody": ".create_space_site_body",
    "CreateSpaceSiteResponse200": ".create_space_site_response_200",
    "CreateSupportIntegrationBody": ".create_support_integration_body",
    "CreateSupportIntegrationResponse200": ".create_support_integration_response_200",
    "CreateTaskBody": ".create_task_body",
    "CreateTaskResponse200": ".create_task_response_200",
    "CreateTelegramIntegrationBody": ".create_telegram_integration_body",
    "CreateTelegramIntegrationResponse200": ".create_telegram_integration_response_200",
    "CreateTriggerIntegrationBody": ".create_trigger_integration_body",
    "CreateTriggerIntegrationResponse200": ".create_trigger_integration_response_200",
    "CreateTwilioIntegrationBody": ".create_twilio_integration_body",
    "CreateTwilioIntegrationResponse200": ".create_twilio_integration_response_200",
    "CreateWhatsAppIntegrationBody": ".create_whats_app_integration_body",
    "CreateWhatsAppIntegrationResponse200": ".create_whats_app_integration_response_200",
    "CreateWidgetIntegrationBody": ".create_widget_integration_body",
    "CreateWidgetIntegrationResponse200": ".create_widget_integration_response_200",
    "DatasetFileAttachmentType": ".dataset_file_attachment_type",
    "DatasetFileListItemEvent": ".dataset_file_list_item_event",
    "DatasetFileListItemEventType": ".dataset_file_list_item_event_type",
    "DatasetFilter": ".dataset_filter",
    "DatasetFilterValueOption4": ".dataset_filter_value_option_4",
    "DatasetFilterValueOption5": ".dataset_filter_value_option_5",
    "DatasetFilterValueOption6": ".dataset_filter_value_option_6",
    "DatasetFilterValueOption7": ".dataset_filter_value_option_7",
    "DatasetFilterValueOption8": ".dataset_filter_value_option_8",
    "DatasetFilterValueOption9": ".dataset_filter_value_option_9",
    "DatasetListItem": ".dataset_list_item",
    "DatasetListItemEvent": ".dataset_list_item_event",
    "DatasetListItemEventType": ".dataset_list_item_event_type",
    "DatasetRecordExportItem": ".dataset_record_export_item",
    "DatasetRecordExportItemEvent": ".dataset_record_export_item_event",
    "DatasetRecordExportItemEventType": ".dataset_record_export_item_event_type",
    "DatasetRecordListItem": ".dataset_record_list_item",
    "DatasetRecordListItemEvent": ".dataset_record_list_item_event",
    "DatasetRecordListItemEventType": ".dataset_record_list_item_event_type",
    "DatasetVisibility": ".dataset_visibility",
    "DeleteBlueprintBody": ".delete_blueprint_body",
    "DeleteBlueprintResponse200": ".delete_blueprint_response_200",
    "DeleteBotBody": ".delete_bot_body",
    "DeleteBotResponse200": ".delete_bot_response_200",
    "DeleteContactBody": ".delete_contact_body",
    "DeleteContactResponse200": ".delete_contact_response_200",
    "DeleteConversationBody": ".delete_conversation_body",
    "DeleteConversationMessageBody": ".delete_conversation_message_body",
    "DeleteConversationMessageResponse200": ".delete_conversation_message_response_200",
    "DeleteConversationResponse200": ".delete_conversation_response_200",
    "DeleteDatasetBody": ".delete_dataset_body",
    "DeleteDatasetRecordBody": ".delete_dataset_record_body",
    "DeleteDatasetRecordResponse200": ".delete_dataset_record_response_200",
    "DeleteDatasetResponse200": ".delete_dataset_response_200",
    "DeleteDiscordIntegrationBody": ".delete_discord_integration_body",
    "DeleteDiscordIntegrationResponse200": ".delete_discord_integration_response_200",
    "DeleteEmailIntegrationBody": ".delete_email_integration_body",
    "DeleteEmailIntegrationResponse200": ".delete_email_integration_response_200",
    "DeleteExtractIntegrationBody": ".delete_extract_integration_body",
    "DeleteExtractIntegrationResponse200": ".delete_extract_integration_response_200",
    "DeleteFileBody": ".delete_file_body",
    "DeleteFileResponse200": ".delete_file_response_200",
    "DeleteGooglechatIntegrationBody": ".delete_googlechat_integration_body",
    "DeleteGooglechatIntegrationResponse200": ".delete_googlechat_integration_response_200",
    "DeleteInstagramIntegrationBody": ".delete_instagram_integration_body",
    "DeleteInstagramIntegrationResponse200": ".delete_instagram_integration_response_200",
    "DeleteMcpServerIntegrationBody": ".delete_mcp_server_integration_body",
    "DeleteMcpServerIntegrationResponse200": ".delete_mcp_server_integration_response_200",
    "DeleteMemoryBody": ".delete_memory_body",
    "DeleteMemoryResponse200": ".delete_memory_response_200",
    "DeleteMessengerIntegrationBody": ".delete_messenger_integration_body",
    "DeleteMessengerIntegrationResponse200": ".delete_messenger_integration_response_200",
    "DeleteMicrosoftteamsIntegrationBody": ".delete_microsoftteams_integration_body",
    "DeleteMicrosoftteamsIntegrationResponse200": ".delete_microsoftteams_integration_response_200",
    "DeleteNotionIntegrationBody": ".delete_notion_integration_body",
    "DeleteNotionIntegrationResponse200": ".delete_notion_integration_response_200",
    "DeletePartnerUserBody": ".delete_partner_user_body",
    "DeletePartnerUserContextBody": ".delete_partner_user_context_body",
    "DeletePartnerUserContextResponse200": ".delete_partner_user_context_response_200",
    "DeletePartnerUserResponse200": ".delete_partner_user_response_200",
    "DeletePartnerUserTokenBody": ".delete_partner_user_token_body",
    "DeletePartnerUserTokenResponse200": ".delete_partner_user_token_response_200",
    "DeletePolicyBody": ".delete_policy_body",
    "DeletePolicyResponse200": ".delete_policy_response_200",
    "DeletePortalBody": ".delete_portal_body",
    "DeletePortalResponse200": ".delete_portal_response_200",
    "DeleteSecretBody": ".delete_secret_body",
    "DeleteSecretResponse200": ".delete_secret_response_200",
    "DeleteSitemapIntegrationBody": ".delete_sitemap_integration_body",
    "DeleteSitemapIntegrationResponse200": ".delete_sitemap_integration_response_200",
    "DeleteSkillServerIntegrationBody": ".delete_skill_server_integration_body",
    "DeleteSkillServerIntegrationResponse200": ".delete_skill_server_integration_response_200",
    "DeleteSkillsetAbilityBody": ".delete_skillset_ability_body",
    "DeleteSkillsetAbilityResponse200": ".delete_skillset_ability_response_200",
    "DeleteSkillsetBody": ".delete_skillset_body",
    "DeleteSkillsetResponse200": ".delete_skillset_response_200",
    "DeleteSlackIntegrationBody": ".delete_slack_integration_body",
    "DeleteSlackIntegrationResponse200": ".delete_slack_integration_response_200",
    "DeleteSpaceBody": ".delete_space_body",
    "DeleteSpaceResponse200": ".delete_space_response_200",
    "DeleteSpaceSiteBody": ".delete_space_site_body",
    "DeleteSpaceSiteResponse200": ".delete_space_site_response_200",
    "DeleteSpaceStoragePathBody": ".delete_space_storage_path_body",
    "DeleteSpaceStoragePathResponse200": ".delete_space_storage_path_response_200",
    "DeleteSupportIntegrationBody": ".delete_support_integration_body",
    "DeleteSupportIntegrationResponse200": ".delete_support_integration_response_200",
    "DeleteTaskBody": ".delete_task_body",
    "DeleteTaskResponse200": ".delete_task_response_200",
    "DeleteTelegramIntegrationBody": ".delete_telegram_integration_body",
    "DeleteTelegramIntegrationResponse200": ".delete_telegram_integration_response_200",
    "DeleteTriggerIntegrationBody": ".delete_trigger_integration_body",
    "DeleteTriggerIntegrationResponse200": ".delete_trigger_integration_response_200",
    "DeleteTwilioIntegrationBody": ".delete_twilio_integration_body",
    "DeleteTwilioIntegrationResponse200": ".delete_twilio_integration_response_200",
    "DeleteWhatsAppIntegrationBody": ".delete_whats_app_integration_body",
    "DeleteWhatsAppIntegrationResponse200": ".delete_whats_app_integration_response_200",
    "DeleteWidgetIntegrationBody": ".delete_widget_integration_body",
    "DeleteWidgetIntegrationResponse200": ".delete_widget_integration_response_200",
    "DetachDatasetFileBody": ".detach_dataset_file_body",
    "DetachDatasetFileResponse200": ".detach_dataset_file_response_200",
    "DetachWidgetIntegrationFileResponse200": ".detach_widget_integration_file_response_200",
    "DispatchConversationBody": ".dispatch_conversation_body",
    "DispatchConversationBodyAttachmentsItem": ".dispatch_conversation_body_attachments_item",
    "DispatchConversationBodyContactIdOption2": ".dispatch_conversation_body_contact_id_option_2",
    "DispatchConversationBodyContactIdOption2Meta": ".dispatch_conversation_body_contact_id_option_2_meta",
    "DispatchConversationResponse200": ".dispatch_conversation_response_200",
    "DispatchStatefulConversationBody": ".dispatch_stateful_conversation_body",
    "DispatchStatefulConversationResponse200": ".dispatch_stateful_conversation_response_200",
    "DownloadFileResponse200": ".download_file_response_200",
    "DownloadSpaceStoragePathResponse200": ".download_space_storage_path_response_200",
    "DownvoteBotBody": ".downvote_bot_body",
    "DownvoteBotResponse200": ".downvote_bot_response_200",
    "DownvoteConversationBody": ".downvote_conversation_body",
    "DownvoteConversationMessageBody": ".downvote_conversation_message_body",
    "DownvoteConversationMessageResponse200": ".downvote_conversation_message_response_200",
    "DownvoteConversationResponse200": ".downvote_conversation_response_200",
    "EnsureContactBody": ".ensure_contact_body",
    "EnsureContactResponse200": ".ensure_contact_response_200",
    "Entity": ".entity",
    "EntityReplacement": ".entity_replacement",
    "EventLogExportItem": ".event_log_export_item",
    "EventLogExportItemEvent": ".event_log_export_item_event",
    "EventLogExportItemEventType": ".event_log_export_item_event_type",
    "EventLogListItem": ".event_log_list_item",
    "EventLogListItemEvent": ".event_log_list_item_event",
    "EventLogListItemEventType": ".event_log_list_item_event_type",
    "EventLogSubscribeItemEvent": ".event_log_subscribe_item_event",
    "EventLogSubscribeItemEventType": ".event_log_subscribe_item_event_type",
    "ExecuteSkillsetAbilityBody": ".execute_skillset_ability_body",
    "ExecutionLimits": ".execution_limits",
    "ExportBlueprintResourcesAccept": ".export_blueprint_resources_accept",
    "ExportBlueprintResourcesResponse200": ".export_blueprint_resources_response_200",
    "ExportBlueprintResourcesResponse200Resources": ".export_blueprint_resources_response_200_resources",
    "ExportContactsMeta": ".export_contacts_meta",
    "ExportContactsOrder": ".export_contacts_order",
    "ExportContactsResponse200": ".export_contacts_response_200",
    "ExportConversationsMeta": ".export_conversations_meta",
    "ExportConversationsOrder": ".export_conversations_order",
    "ExportConversationsResponse200": ".export_conversations_response_200",
    "ExportDatasetRecordsOrder": ".export_dataset_records_order",
    "ExportDatasetRecordsResponse200": ".export_dataset_records_response_200",
    "ExportEventLogsMeta": ".export_event_logs_meta",
    "ExportEventLogsOrder": ".export_event_logs_order",
    "ExportEventLogsResponse200": ".export_event_logs_response_200",
    "ExportExtractIntegrationItemsOrder": ".export_extract_integration_items_order",
    "ExportExtractIntegrationItemsResponse200": ".export_extract_integration_items_response_200",
    "ExportExtractIntegrationItemsResponse200ItemsItem": ".export_extract_integration_items_response_200_items_item",
    "ExportExtractIntegrationItemsResponse200ItemsItemData": ".export_extract_integration_items_response_200_items_item_data",
    "ExportMemoriesMeta": ".export_memories_meta",
    "ExportMemoriesOrder": ".export_memories_order",
    "ExportMemoriesResponse200": ".export_memories_response_200",
    "ExportSkillsetAbilitiesOrder": ".export_skillset_abilities_order",
    "ExportSkillsetAbilitiesResponse200": ".export_skillset_abilities_response_200",
    "ExportSpacesMeta": ".export_spaces_meta",
    "ExportSpacesOrder": ".export_spaces_order",
    "ExportSpacesResponse200": ".export_spaces_response_200",
    "ExportTasksMeta": ".export_tasks_meta",
    "ExportTasksOrder": ".export_tasks_order",
    "ExportTasksResponse200": ".export_tasks_response_200",
    "ExtensionsDefinition": ".extensions_definition",
    "ExtensionsDefinitionDatasetsItem": ".extensions_definition_datasets_item",
    "ExtensionsDefinitionDatasetsItemRecordsItem": ".extensions_definition_datasets_item_records_item",
    "ExtensionsDefinitionDatasetsItemRecordsItemMeta": ".extensions_definition_datasets_item_records_item_meta",
    "ExtensionsDefinitionFeaturesItem": ".extensions_definition_features_item",
    "ExtensionsDefinitionFeaturesItemOptions": ".extensions_definition_features_item_options",
    "ExtensionsDefinitionSkillsetsItem": ".extensions_definition_skillsets_item",
    "ExtensionsDefinitionSkillsetsItemAbilitiesItem": ".extensions_definition_skillsets_item_abilities_item",
    "ExtensionsDefinitionSkillsetsItemAbilitiesItemMeta": ".extensions_definition_skillsets_item_abilities_item_meta",
    "FetchBlueprintResponse200": ".fetch_blueprint_response_200",
    "FetchBotResponse200": ".fetch_bot_response_200",
    "FetchBotUsageResponse200": ".fetch_bot_usage_response_200",
    "FetchContactResponse200": ".fetch_contact_response_200",
    "FetchConversationMessageResponse200": ".fetch_conversation_message_response_200",
    "FetchConversationResponse200": ".fetch_conversation_response_200",
    "FetchConversationUsageResponse200": ".fetch_conversation_usage_response_200",
    "FetchDatasetRecordResponse200": ".fetch_dataset_record_response_200",
    "FetchDatasetResponse200": ".fetch_dataset_response_200",
    "FetchDiscordIntegrationResponse200": ".fetch_discord_integration_response_200",
    "FetchEmailIntegrationResponse200": ".fetch_email_integration_response_200",
    "FetchExtractIntegrationResponse200": ".fetch_extract_integration_response_200",
    "FetchExtractIntegrationResponse200Schema": ".fetch_extract_integration_response_200_schema",
    "FetchFileResponse200": ".fetch_file_response_200",
    "FetchGooglechatIntegrationResponse200": ".fetch_googlechat_integration_response_200",
    "FetchInstagramIntegrationResponse200": ".fetch_instagram_integration_response_200",
    "FetchMcpServerIntegrationResponse200": ".fetch_mcp_server_integration_response_200",
    "FetchMemoryResponse200": ".fetch_memory_response_200",
    "FetchMessengerIntegrationResponse200": ".fetch_messenger_integration_response_200",
    "FetchMicrosoftteamsIntegrationResponse200": ".fetch_microsoftteams_integration_response_200",
    "FetchNotionIntegrationResponse200": ".fetch_notion_integration_response_200",
    "FetchPartnerUserContextResponse200": ".fetch_partner_user_context_response_200",
    "FetchPartnerUserContextResponse200Payload": ".fetch_partner_user_context_response_200_payload",
    "FetchPartnerUserResponse200": ".fetch_partner_user_response_200",
    "FetchPlatformDocResponse200": ".fetch_platform_doc_response_200",
    "FetchPlatformExampleResponse200": ".fetch_platform_example_response_200",
    "FetchPlatformExampleResponse200Config": ".fetch_platform_example_response_200_config",
    "FetchPlatformExampleResponse200Type": ".fetch_platform_example_response_200_type",
    "FetchPlatformGuideResponse200": ".fetch_platform_guide_response_200",
    "FetchPlatformManualResponse200": ".fetch_platform_manual_response_200",
    "FetchPlatformTutorialResponse200": ".fetch_platform_tutorial_response_200",
    "FetchPolicyResponse200": ".fetch_policy_response_200",
    "FetchPolicyResponse200Config": ".fetch_policy_response_200_config",
    "FetchPortalResponse200": ".fetch_portal_response_200",
    "FetchPortalResponse200Config": ".fetch_portal_response_200_config",
    "FetchSecretResponse200": ".fetch_secret_response_200",
    "FetchSecretResponse200Config": ".fetch_secret_response_200_config",
    "FetchSitemapIntegrationResponse200": ".fetch_sitemap_integration_response_200",
    "FetchSkillServerIntegrationResponse200": ".fetch_skill_server_integration_response_200",
    "FetchSkillsetAbilityResponse200": ".fetch_skillset_ability_response_200",
    "FetchSkillsetResponse200": ".fetch_skillset_response_200",
    "FetchSlackIntegrationResponse200": ".fetch_slack_integration_response_200",
    "FetchSpaceResponse200": ".fetch_space_response_200",
    "FetchSpaceSiteResponse200": ".fetch_space_site_response_200",
    "FetchSupportIntegrationResponse200": ".fetch_support_integration_response_200",
    "FetchTaskResponse200": ".fetch_task_response_200",
    "FetchTelegramIntegrationResponse200": ".fetch_telegram_integration_response_200",
    "FetchTriggerIntegrationResponse200": ".fetch_trigger_integration_response_200",
    "FetchTwilioIntegrationResponse200": ".fetch_twilio_integration_response_200",
    "FetchUsageResponse200": ".fetch_usage_response_200",
    "FetchUsageResponse200Database": ".fetch_usage_response_200_database",
    "FetchUsageSeriesResponse200": ".fetch_usage_series_response_200",
    "FetchUsageSeriesResponse200ConversationsItem": ".fetch_usage_series_response_200_conversations_item",
    "FetchUsageSeriesResponse200MessagesItem": ".fetch_usage_series_response_200_messages_item",
    "FetchUsageSeriesResponse200TokensItem": ".fetch_usage_series_response_200_tokens_item",
    "FetchWhatsAppIntegrationResponse200": ".fetch_whats_app_integration_response_200",
    "FetchWidgetIntegrationResponse200": ".fetch_widget_integration_response_200",
    "FileListItem": ".file_list_item",
    "FileListItemEvent": ".file_list_item_event",
    "FileListItemEventType": ".file_list_item_event_type",
    "FileVisibility": ".file_visibility",
    "FunctionsDefinitionItem": ".functions_definition_item",
    "FunctionsDefinitionItemCall": ".functions_definition_item_call",
    "FunctionsDefinitionItemParameters": ".functions_definition_item_parameters",
    "FunctionsDefinitionItemParametersProperties": ".functions_definition_item_parameters_properties",
    "FunctionsDefinitionItemParametersType": ".functions_definition_item_parameters_type",
    "FunctionsDefinitionItemResultOption1": ".functions_definition_item_result_option_1",
    "FunctionsDefinitionItemResultOption2": ".functions_definition_item_result_option_2",
    "GenerateMagicFromPromptBody": ".generate_magic_from_prompt_body",
    "GenerateMagicFromPromptBodyProps": ".generate_magic_from_prompt_body_props",
    "GeneratePlatformReportBody": ".generate_platform_report_body",
    "GeneratePlatformReportResponse200": ".generate_platform_report_response_200",
    "GeneratePlatformReportsBody": ".generate_platform_reports_body",
    "GeneratePlatformReportsBodyAdditionalProperty": ".generate_platform_reports_body_additional_property",
    "GeneratePlatformReportsResponse200": ".generate_platform_reports_response_200",
    "GeneratePlatformReportsResponse200ValueOption1": ".generate_platform_reports_response_200_value_option_1",
    "GeneratePlatformReportsResponse200ValueOption2": ".generate_platform_reports_response_200_value_option_2",
    "GraphqlBody": ".graphql_body",
    "GraphqlBodyVariables": ".graphql_body_variables",
    "GraphqlResponse200": ".graphql_response_200",
    "GraphqlResponse200Data": ".graphql_response_200_data",
    "GraphqlResponse200ErrorsItem": ".graphql_response_200_errors_item",
    "ImportBlueprintResourcesBody": ".import_blueprint_resources_body",
    "ImportBlueprintResourcesBodyResources": ".import_blueprint_resources_body_resources",
    "InitiateDiscordBody": ".initiate_discord_body",
    "InitiateDiscordResponse200": ".initiate_discord_response_200",
    "InitiateEmailBody": ".initiate_email_body",
    "InitiateEmailResponse200": ".initiate_email_response_200",
    "InitiateGooglechatBody": ".initiate_googlechat_body",
    "InitiateGooglechatResponse200": ".initiate_googlechat_response_200",
    "InitiateInstagramBody": ".initiate_instagram_body",
    "InitiateInstagramResponse200": ".initiate_instagram_response_200",
    "InitiateMessengerBody": ".initiate_messenger_body",
    "InitiateMessengerResponse200": ".initiate_messenger_response_200",
    "InitiateRecallBody": ".initiate_recall_body",
    "InitiateRecallResponse200": ".initiate_recall_response_200",
    "InitiateRecallResponse200Bot": ".initiate_recall_response_200_bot",
    "InitiateSlackBody": ".initiate_slack_body",
    "InitiateSlackResponse200": ".initiate_slack_response_200",
    "InitiateTeamsBody": ".initiate_teams_body",
    "InitiateTeamsResponse200": ".initiate_teams_response_200",
    "InitiateTelegramBody": ".initiate_telegram_body",
    "InitiateTelegramResponse200": ".initiate_telegram_response_200",
    "InitiateTwilioBody": ".initiate_twilio_body",
    "InitiateTwilioBodyChannel": ".initiate_twilio_body_channel",
    "InitiateTwilioResponse200": ".initiate_twilio_response_200",
    "InitiateWhatsappBody": ".initiate_whatsapp_body",
    "InitiateWhatsappResponse200": ".initiate_whatsapp_response_200",
    "InstanceCrudProps": ".instance_crud_props",
    "InstanceListProps": ".instance_list_props",
    "InstanceMetaProps": ".instance_meta_props",
    "InstanceRefProperties": ".instance_ref_properties",
    "IntegrationDiscordListItem": ".integration_discord_list_item",
    "IntegrationDiscordListItemEvent": ".integration_discord_list_item_event",
    "IntegrationDiscordListItemEventType": ".integration_discord_list_item_event_type",
    "IntegrationEmailListItem": ".integration_email_list_item",
    "IntegrationEmailListItemEvent": ".integration_email_list_item_event",
    "IntegrationEmailListItemEventType": ".integration_email_list_item_event_type",
    "IntegrationExtractListItem": ".integration_extract_list_item",
    "IntegrationExtractListItemEvent": ".integration_extract_list_item_event",
    "IntegrationExtractListItemEventType": ".integration_extract_list_item_event_type",
    "IntegrationExtractListItemSchema": ".integration_extract_list_item_schema",
    "IntegrationGooglechatListItem": ".integration_googlechat_list_item",
    "IntegrationGooglechatListItemEvent": ".integration_googlechat_list_item_event",
    "IntegrationGooglechatListItemEventType": ".integration_googlechat_list_item_event_type",
    "IntegrationInstagramListItem": ".integration_instagram_list_item",
    "IntegrationInstagramListItemEvent": ".integration_instagram_list_item_event",
    "IntegrationInstagramListItemEventType": ".integration_instagram_list_item_event_type",
    "IntegrationMcpserverListItem": ".integration_mcpserver_list_item",
    "IntegrationMcpserverListItemEvent": ".integration_mcpserver_list_item_event",
    "IntegrationMcpserverListItemEventType": ".integration_mcpserver_list_item_event_type",
    "IntegrationMessengerListItem": ".integration_messenger_list_item",
    "IntegrationMessengerListItemEvent": ".integration_messenger_list_item_event",
    "IntegrationMessengerListItemEventType": ".integration_messenger_list_item_event_type",
    "IntegrationMicrosoftteamsListItem": ".integration_microsoftteams_list_item",
    "IntegrationMicrosoftteamsListItemEvent": ".integration_microsoftteams_list_item_event",
    "IntegrationMicrosoftteamsListItemEventType": ".integration_microsoftteams_list_item_event_type",
    "IntegrationNotionListItem": ".integration_notion_list_item",
    "IntegrationNotionListItemEvent": ".integration_notion_list_item_event",
    "IntegrationNotionListItemEventType": ".integration_notion_list_item_event_type",
    "IntegrationSitemapListItem": ".integration_sitemap_list_item",
    "IntegrationSitemapListItemEvent": ".integration_sitemap_list_item_event",
    "IntegrationSitemapListItemEventType": ".integration_sitemap_list_item_event_type",
    "IntegrationSkillserverListItem": ".integration_skillserver_list_item",
    "IntegrationSkillserverListItemEvent": ".integration_skillserver_list_item_event",
    "IntegrationSkillserverListItemEventType": ".integration_skillserver_list_item_event_type",
    "IntegrationSlackListItem": ".integration_slack_list_item",
    "IntegrationSlackListItemEvent": ".integration_slack_list_item_event",
    "IntegrationSlackListItemEventType": ".integration_slack_list_item_event_type",
    "IntegrationSupportListItem": ".integration_support_list_item",
    "IntegrationSupportListItemEvent": ".integration_support_list_item_event",
    "IntegrationSupportListItemEventType": ".integration_support_list_item_event_type",
    "IntegrationTelegramListItem": ".integration_telegram_list_item",
    "IntegrationTelegramListItemEvent": ".integration_telegram_list_item_event",
    "IntegrationTelegramListItemEventType": ".integration_telegram_list_item_event_type",
    "IntegrationTriggerListItem": ".integration_trigger_list_item",
    "IntegrationTriggerListItemEvent": ".integration_trigger_list_item_event",
    "IntegrationTriggerListItemEventType": ".integration_trigger_list_item_event_type",
    "IntegrationTwilioListItem": ".integration_twilio_list_item",
    "IntegrationTwilioListItemEvent": ".integration_twilio_list_item_event",
    "IntegrationTwilioListItemEventType": ".integration_twilio_list_item_event_type",
    "IntegrationWhatsappListItem": ".integration_whatsapp_list_item",
    "IntegrationWhatsappListItemEvent": ".integration_whatsapp_list_item_event",
    "IntegrationWhatsappListItemEventType": ".integration_whatsapp_list_item_event_type",
    "IntegrationWidgetListItem": ".integration_widget_list_item",
    "IntegrationWidgetListItemEvent": ".integration_widget_list_item_event",
    "IntegrationWidgetListItemEventType": ".integration_widget_list_item_event_type",
    "InvokeSkillServerAbilityBody": ".invoke_skill_server_ability_body",
    "InvokeSkillServerAbilityBodyInput": ".invoke_skill_server_ability_body_input",
    "InvokeSkillServerAbilityFormat": ".invoke_skill_server_ability_format",
    "InvokeTriggerIntegrationBody": ".invoke_trigger_integration_body",
    "InvokeTriggerIntegrationResponse200": ".invoke_trigger_integration_response_200",
    "JsonSchemaObject": ".json_schema_object",
    "JsonSchemaObjectProperties": ".json_schema_object_properties",
    "JsonSchemaObjectType": ".json_schema_object_type",
    "Limits": ".limits",
    "LimitsDatabase": ".limits_database",
    "ListBlueprintBulletinsOrder": ".list_blueprint_bulletins_order",
    "ListBlueprintBulletinsResponse200": ".list_blueprint_bulletins_response_200",
    "ListBlueprintResourcesResponse200": ".list_blueprint_resources_response_200",
    "ListBlueprintResourcesResponse200Resources": ".list_blueprint_resources_response_200_resources",
    "ListBlueprintsMeta": ".list_blueprints_meta",
    "ListBlueprintsOrder": ".list_blueprints_order",
    "ListBlueprintsResponse200": ".list_blueprints_response_200",
    "ListBotsMeta": ".list_bots_meta",
    "ListBotsOrder": ".list_bots_order",
    "ListBotsResponse200": ".list_bots_response_200",
    "ListContactConversationsOrder": ".list_contact_conversations_order",
    "ListContactConversationsResponse200": ".list_contact_conversations_response_200",
    "ListContactMemoriesOrder": ".list_contact_memories_order",
    "ListContactMemoriesResponse200": ".list_contact_memories_response_200",
    "ListContactRatingsOrder": ".list_contact_ratings_order",
    "ListContactRatingsResponse200": ".list_contact_ratings_response_200",
    "ListContactSecretsOrder": ".list_contact_secrets_order",
    "ListContactSecretsResponse200": ".list_contact_secrets_response_200",
    "ListContactSpacesOrder": ".list_contact_spaces_order",
    "ListContactSpacesResponse200": ".list_contact_spaces_response_200",
    "ListContactTasksOrder": ".list_contact_tasks_order",
    "ListContactTasksResponse200": ".list_contact_tasks_response_200",
    "ListContactsMeta": ".list_contacts_meta",
    "ListContactsOrder": ".list_contacts_order",
    "ListContactsResponse200": ".list_contacts_response_200",
    "ListConversationAttachmentsResponse200": ".list_conversation_attachments_response_200",
    "ListConversationAttachmentsResponse200ItemsItem": ".list_conversation_attachments_response_200_items_item",
    "ListConversationMessagesOrder": ".list_conversation_messages_order",
    "ListConversationMessagesResponse200": ".list_conversation_messages_response_200",
    "ListConversationsMeta": ".list_conversations_meta",
    "ListConversationsOrder": ".list_conversations_order",
    "ListConversationsResponse200": ".list_conversations_response_200",
    "ListDatasetFilesOrder": ".list_dataset_files_order",
    "ListDatasetFilesResponse200": ".list_dataset_files_response_200",
    "ListDatasetFilesResponse200ItemsItem": ".list_dataset_files_response_200_items_item",
    "ListDatasetRecordsOrder": ".list_dataset_records_order",
    "ListDatasetRecordsResponse200": ".list_dataset_records_response_200",
    "ListDatasetsMeta": ".list_datasets_meta",
    "ListDatasetsOrder": ".list_datasets_order",
    "ListDatasetsResponse200": ".list_datasets_response_200",
    "ListDiscordIntegrationsMeta": ".list_discord_integrations_meta",
    "ListDiscordIntegrationsOrder": ".list_discord_integrations_order",
    "ListDiscordIntegrationsResponse200": ".list_discord_integrations_response_200",
    "ListEmailIntegrationsMeta": ".list_email_integrations_meta",
    "ListEmailIntegrationsOrder": ".list_email_integrations_order",
    "ListEmailIntegrationsResponse200": ".list_email_integrations_response_200",
    "ListEventLogsMeta": ".list_event_logs_meta",
    "ListEventLogsOrder": ".list_event_logs_order",
    "ListEventLogsResponse200": ".list_event_logs_response_200",
    "ListExtractIntegrationItemsOrder": ".list_extract_integration_items_order",
    "ListExtractIntegrationItemsResponse200": ".list_extract_integration_items_response_200",
    "ListExtractIntegrationItemsResponse200ItemsItem": ".list_extract_integration_items_response_200_items_item",
    "ListExtractIntegrationItemsResponse200ItemsItemData": ".list_extract_integration_items_response_200_items_item_data",
    "ListExtractIntegrationsMeta": ".list_extract_integrations_meta",
    "ListExtractIntegrationsOrder": ".list_extract_integrations_order",
    "ListExtractIntegrationsResponse200": ".list_extract_integrations_response_200",
    "ListFilesMeta": ".list_files_meta",
    "ListFilesOrder": ".list_files_order",
    "ListFilesResponse200": ".list_files_response_200",
    "ListGooglechatIntegrationsMeta": ".list_googlechat_integrations_meta",
    "ListGooglechatIntegrationsOrder": ".list_googlechat_integrations_order",
    "ListGooglechatIntegrationsResponse200": ".list_googlechat_integrations_response_200",
    "ListInstagramIntegrationsMeta": ".list_instagram_integrations_meta",
    "ListInstagramIntegrationsOrder": ".list_instagram_integrations_order",
    "ListInstagramIntegrationsResponse200": ".list_instagram_integrations_response_200",
    "ListMagicPromptsMeta": ".list_magic_prompts_meta",
    "ListMagicPromptsOrder": ".list_magic_prompts_order",
    "ListMagicPromptsResponse200": ".list_magic_prompts_response_200",
    "ListMcpServerIntegrationsMeta": ".list_mcp_server_integrations_meta",
    "ListMcpServerIntegrationsOrder": ".list_mcp_server_integrations_order",
    "ListMcpServerIntegrationsResponse200": ".list_mcp_server_integrations_response_200",
    "ListMemoriesMeta": ".list_memories_meta",
    "ListMemoriesOrder": ".list_memories_order",
    "ListMemoriesResponse200": ".list_memories_response_200",
    "ListMessengerIntegrationsMeta": ".list_messenger_integrations_meta",
    "ListMessengerIntegrationsOrder": ".list_messenger_integrations_order",
    "ListMessengerIntegrationsResponse200": ".list_messenger_integrations_response_200",
    "ListMicrosoftteamsIntegrationsMeta": ".list_microsoftteams_integrations_meta",
    "ListMicrosoftteamsIntegrationsOrder": ".list_microsoftteams_integrations_order",
    "ListMicrosoftteamsIntegrationsResponse200": ".list_microsoftteams_integrations_response_200",
    "ListNotionIntegrationsMeta": ".list_notion_integrations_meta",
    "ListNotionIntegrationsOrder": ".list_notion_integrations_order",
    "ListNotionIntegrationsResponse200": ".list_notion_integrations_response_200",
    "ListPartnerUserContextsOrder": ".list_partner_user_contexts_order",
    "ListPartnerUserContextsResponse200": ".list_partner_user_contexts_response_200",
    "ListPartnerUserTokensOrder": ".list_partner_user_tokens_order",
    "ListPartnerUserTokensResponse200": ".list_partner_user_tokens_response_200",
    "ListPartnerUsersMeta": ".list_partner_users_meta",
    "ListPartnerUsersOrder": ".list_partner_users_order",
    "ListPartnerUsersResponse200": ".list_partner_users_response_200",
    "ListPlatformAbilitiesMeta": ".list_platform_abilities_meta",
    "ListPlatformAbilitiesOrder": ".list_platform_abilities_order",
    "ListPlatformAbilitiesResponse200": ".list_platform_abilities_response_200",
    "ListPlatformActionsMeta": ".list_platform_actions_meta",
    "ListPlatformActionsOrder": ".list_platform_actions_order",
    "ListPlatformActionsResponse200": ".list_platform_actions_response_200",
    "ListPlatformDocsMeta": ".list_platform_docs_meta",
    "ListPlatformDocsOrder": ".list_platform_docs_order",
    "ListPlatformDocsResponse200": ".list_platform_docs_response_200",
    "ListPlatformExamplesMeta": ".list_platform_examples_meta",
    "ListPlatformExamplesOrder": ".list_platform_examples_order",
    "ListPlatformExamplesResponse200": ".list_platform_examples_response_200",
    "ListPlatformGuidesMeta": ".list_platform_guides_meta",
    "ListPlatformGuidesOrder": ".list_platform_guides_order",
    "ListPlatformGuidesResponse200": ".list_platform_guides_response_200",
    "ListPlatformManualsMeta": ".list_platform_manuals_meta",
    "ListPlatformManualsOrder": ".list_platform_manuals_order",
    "ListPlatformManualsResponse200": ".list_platform_manuals_response_200",
    "ListPlatformModelsMeta": ".list_platform_models_meta",
    "ListPlatformModelsOrder": ".list_platform_models_order",
    "ListPlatformModelsResponse200": ".list_platform_models_response_200",
    "ListPlatformReportsOrder": ".list_platform_reports_order",
    "ListPlatformReportsResponse200": ".list_platform_reports_response_200",
    "ListPlatformSecretsMeta": ".list_platform_secrets_meta",
    "ListPlatformSecretsOrder": ".list_platform_secrets_order",
    "ListPlatformSecretsResponse200": ".list_platform_secrets_response_200",
    "ListPlatformTutorialsMeta": ".list_platform_tutorials_meta",
    "ListPlatformTutorialsOrder": ".list_platform_tutorials_order",
    "ListPlatformTutorialsResponse200": ".list_platform_tutorials_response_200",
    "ListPoliciesMeta": ".list_policies_meta",
    "ListPoliciesOrder": ".list_policies_order",
    "ListPoliciesResponse200": ".list_policies_response_200",
    "ListPortalsMeta": ".list_portals_meta",
    "ListPortalsOrder": ".list_portals_order",
    "ListPortalsResponse200": ".list_portals_response_200",
    "ListSecretsMeta": ".list_secrets_meta",
    "ListSecretsOrder": ".list_secrets_order",
    "ListSecretsResponse200": ".list_secrets_response_200",
    "ListSitemapIntegrationsMeta": ".list_sitemap_integrations_meta",
    "ListSitemapIntegrationsOrder": ".list_sitemap_integrations_order",
    "ListSitemapIntegrationsResponse200": ".list_sitemap_integrations_response_200",
    "ListSkillServerIntegrationsMeta": ".list_skill_server_integrations_meta",
    "ListSkillServerIntegrationsOrder": ".list_skill_server_integrations_order",
    "ListSkillServerIntegrationsResponse200": ".list_skill_server_integrations_response_200",
    "ListSkillsetAbilitiesOrder": ".list_skillset_abilities_order",
    "ListSkillsetAbilitiesResponse200": ".list_skillset_abilities_response_200",
    "ListSkillsetsMeta": ".list_skillsets_meta",
    "ListSkillsetsOrder": ".list_skillsets_order",
    "ListSkillsetsResponse200": ".list_skillsets_response_200",
    "ListSlackIntegrationsMeta": ".list_slack_integrations_meta",
    "ListSlackIntegrationsOrder": ".list_slack_integrations_order",
    "ListSlackIntegrationsResponse200": ".list_slack_integrations_response_200",
    "ListSpaceSitesMeta": ".list_space_sites_meta",
    "ListSpaceSitesOrder": ".list_space_sites_order",
    "ListSpaceSitesResponse200": ".list_space_sites_response_200",
    "ListSpaceStoragePathResponse200": ".list_space_storage_path_response_200",
    "ListSpaceStoragePathResponse200ItemsItem": ".list_space_storage_path_response_200_items_item",
    "ListSpacesMeta": ".list_spaces_meta",
    "ListSpacesOrder": ".list_spaces_order",
    "ListSpacesResponse200": ".list_spaces_response_200",
    "ListSupportIntegrationsMeta": ".list_support_integrations_meta",
    "ListSupportIntegrationsOrder": ".list_support_integrations_order",
    "ListSupportIntegrationsResponse200": ".list_support_integrations_response_200",
    "ListTaskExecutionsMeta": ".list_task_executions_meta",
    "ListTaskExecutionsOrder": ".list_task_executions_order",
    "ListTaskExecutionsResponse200": ".list_task_executions_response_200",
    "ListTaskExecutionsStatus": ".list_task_executions_status",
    "ListTasksMeta": ".list_tasks_meta",
    "ListTasksOrder": ".list_tasks_order",
    "ListTasksResponse200": ".list_tasks_response_200",
    "ListTasksStatus": ".list_tasks_status",
    "ListTeamsMeta": ".list_teams_meta",
    "ListTeamsOrder": ".list_teams_order",
    "ListTeamsResponse200": ".list_teams_response_200",
    "ListTelegramIntegrationsMeta": ".list_telegram_integrations_meta",
    "ListTelegramIntegrationsOrder": ".list_telegram_integrations_order",
    "ListTelegramIntegrationsResponse200": ".list_telegram_integrations_response_200",
    "ListTriggerIntegrationsMeta": ".list_trigger_integrations_meta",
    "ListTriggerIntegrationsOrder": ".list_trigger_integrations_order",
    "ListTriggerIntegrationsResponse200": ".list_trigger_integrations_response_200",
    "ListTwilioIntegrationsMeta": ".list_twilio_integrations_meta",
    "ListTwilioIntegrationsOrder": ".list_twilio_integrations_order",
    "ListTwilioIntegrationsResponse200": ".list_twilio_integrations_response_200",
    "ListUsageRecordsMeta": ".list_usage_records_meta",
    "ListUsageRecordsOrder": ".list_usage_records_order",
    "ListUsageRecordsResponse200": ".list_usage_records_response_200",
    "ListUsageRecordsResponse200ItemsItem": ".list_usage_records_response_200_items_item",
    "ListWhatsAppIntegrationsMeta": ".list_whats_app_integrations_meta",
    "ListWhatsAppIntegrationsOrder": ".list_whats_app_integrations_order",
    "ListWhatsAppIntegrationsResponse200": ".list_whats_app_integrations_response_200",
    "ListWidgetIntegrationsMeta": ".list_widget_integrations_meta",
    "ListWidgetIntegrationsOrder": ".list_widget_integrations_order",
    "ListWidgetIntegrationsResponse200": ".list_widget_integrations_response_200",
    "MagicGenerateResult": ".magic_generate_result",
    "MagicGenerateResultEvent": ".magic_generate_result_event",
    "MagicGenerateResultEventType": ".magic_generate_result_event_type",
    "MagicListItem": ".magic_list_item",
    "MagicListItemEvent": ".magic_list_item_event",
    "MagicListItemEventType": ".magic_list_item_event_type",
    "MemoryExportItem": ".memory_export_item",
    "MemoryExportItemEvent": ".memory_export_item_event",
    "MemoryExportItemEventType": ".memory_export_item_event_type",
    "MemoryListItem": ".memory_list_item",
    "MemoryListItemEvent": ".memory_list_item_event",
    "MemoryListItemEventType": ".memory_list_item_event_type",
    "Message": ".message",
    "MessageType": ".message_type",
    "Meta": ".meta",
    "MoveSpaceStoragePathBody": ".move_space_storage_path_body",
    "MoveSpaceStoragePathResponse200": ".move_space_storage_path_response_200",
    "PartnerUserContextListItem": ".partner_user_context_list_item",
    "PartnerUserContextListItemEvent": ".partner_user_context_list_item_event",
    "PartnerUserContextListItemEventType": ".partner_user_context_list_item_event_type",
    "PartnerUserContextListItemPayload": ".partner_user_context_list_item_payload",
    "PartnerUserListItem": ".partner_user_list_item",
    "PartnerUserListItemEvent": ".partner_user_list_item_event",
    "PartnerUserListItemEventType": ".partner_user_list_item_event_type",
    "PartnerUserTokenListItem": ".partner_user_token_list_item",
    "PartnerUserTokenListItemEvent": ".partner_user_token_list_item_event",
    "PartnerUserTokenListItemEventType": ".partner_user_token_list_item_event_type",
    "PlatformAbilityListItem": ".platform_ability_list_item",
    "PlatformAbilityListItemEvent": ".platform_ability_list_item_event",
    "PlatformAbilityListItemEventType": ".platform_ability_list_item_event_type",
    "PlatformAbilityListItemSchema": ".platform_ability_list_item_schema",
    "PlatformAbilityListItemSchemaProperties": ".platform_ability_list_item_schema_properties",
    "PlatformAbilityListItemSchemaType": ".platform_ability_list_item_schema_type",
    "PlatformActionListItem": ".platform_action_list_item",
    "PlatformActionListItemEvent": ".platform_action_list_item_event",
    "PlatformActionListItemEventType": ".platform_action_list_item_event_type",
    "PlatformDocListItem": ".platform_doc_list_item",
    "PlatformDocListItemEvent": ".platform_doc_list_item_event",
    "PlatformDocListItemEventType": ".platform_doc_list_item_event_type",
    "PlatformExampleListItem": ".platform_example_list_item",
    "PlatformExampleListItemEvent": ".platform_example_list_item_event",
    "PlatformExampleListItemEventType": ".platform_example_list_item_event_type",
    "PlatformExampleListItemType": ".platform_example_list_item_type",
    "PlatformGuideListItem": ".platform_guide_list_item",
    "PlatformGuideListItemEvent": ".platform_guide_list_item_event",
    "PlatformGuideListItemEventType": ".platform_guide_list_item_event_type",
    "PlatformManualListItem": ".platform_manual_list_item",
    "PlatformManualListItemEvent": ".platform_manual_list_item_event",
    "PlatformManualListItemEventType": ".platform_manual_list_item_event_type",
    "PlatformModelListItem": ".platform_model_list_item",
    "PlatformModelListItemEvent": ".platform_model_list_item_event",
    "PlatformModelListItemEventType": ".platform_model_list_item_event_type",
    "PlatformReportListItem": ".platform_report_list_item",
    "PlatformReportListItemEvent": ".platform_report_list_item_event",
    "PlatformReportListItemEventType": ".platform_report_list_item_event_type",
    "PlatformSecretListItem": ".platform_secret_list_item",
    "PlatformSecretListItemConfig": ".platform_secret_list_item_config",
    "PlatformSecretListItemEvent": ".platform_secret_list_item_event",
    "PlatformSecretListItemEventType": ".platform_secret_list_item_event_type",
    "PlatformTutorialListItem": ".platform_tutorial_list_item",
    "PlatformTutorialListItemEvent": ".platform_tutorial_list_item_event",
    "PlatformTutorialListItemEventType": ".platform_tutorial_list_item_event_type",
    "PolicyListItem": ".policy_list_item",
    "PolicyListItemConfig": ".policy_list_item_config",
    "PolicyListItemEvent": ".policy_list_item_event",
    "PolicyListItemEventType": ".policy_list_item_event_type",
    "PolicyType": ".policy_type",
    "PortalListItem": ".portal_list_item",
    "PortalListItemConfig": ".portal_list_item_config",
    "PortalListItemEvent": ".portal_list_item_event",
    "PortalListItemEventType": ".portal_list_item_event_type",
    "PublishChannelMessageBody": ".publish_channel_message_body",
    "PublishChannelMessageBodyMessage": ".publish_channel_message_body_message",
    "PublishChannelMessageResponse200": ".publish_channel_message_response_200",
    "ReceiveConversationMessageBody": ".receive_conversation_message_body",
    "RevokeContactSecretBody": ".revoke_contact_secret_body",
    "RevokeContactSecretResponse200": ".revoke_contact_secret_response_200",
    "RevokeSecretBody": ".revoke_secret_body",
    "RevokeSecretResponse200": ".revoke_secret_response_200",
    "Schedule": ".schedule",
    "SearchBotMemoryBody": ".search_bot_memory_body",
    "SearchBotMemoryResponse200": ".search_bot_memory_response_200",
    "SearchBotMemoryResponse200ItemsItem": ".search_bot_memory_response_200_items_item",
    "SearchBotMemoryResponse200ItemsItemMeta": ".search_bot_memory_response_200_items_item_meta",
    "SearchContactMemoryBody": ".search_contact_memory_body",
    "SearchContactMemoryResponse200": ".search_contact_memory_response_200",
    "SearchContactMemoryResponse200ItemsItem": ".search_contact_memory_response_200_items_item",
    "SearchContactMemoryResponse200ItemsItemMeta": ".search_contact_memory_response_200_items_item_meta",
    "SearchDatasetBody": ".search_dataset_body",
    "SearchDatasetResponse200": ".search_dataset_response_200",
    "SearchDatasetResponse200RecordsItem": ".search_dataset_response_200_records_item",
    "SearchDatasetResponse200RecordsItemMeta": ".search_dataset_response_200_records_item_meta",
    "SearchMemoryBody": ".search_memory_body",
    "SearchMemoryResponse200": ".search_memory_response_200",
    "SearchMemoryResponse200ItemsItem": ".search_memory_response_200_items_item",
    "SearchMemoryResponse200ItemsItemMeta": ".search_memory_response_200_items_item_meta",
    "SearchPlatformAbilitiesBody": ".search_platform_abilities_body",
    "SearchPlatformAbilitiesResponse200": ".search_platform_abilities_response_200",
    "SearchPlatformAbilitiesResponse200ItemsItem": ".search_platform_abilities_response_200_items_item",
    "SearchPlatformAbilitiesResponse200ItemsItemSchema": ".search_platform_abilities_response_200_items_item_schema",
    "SearchPlatformAbilitiesResponse200ItemsItemSchemaProperties": ".search_platform_abilities_response_200_items_item_schema_properties",
    "SearchPlatformAbilitiesResponse200ItemsItemSchemaType": ".search_platform_abilities_response_200_items_item_schema_type",
    "SearchPlatformDocsBody": ".search_platform_docs_body",
    "SearchPlatformDocsResponse200": ".search_platform_docs_response_200",
    "SearchPlatformDocsResponse200ItemsItem": ".search_platform_docs_response_200_items_item",
    "SearchPlatformExamplesBody": ".search_platform_examples_body",
    "SearchPlatformExamplesResponse200": ".search_platform_examples_response_200",
    "SearchPlatformExamplesResponse200ItemsItem": ".search_platform_examples_response_200_items_item",
    "SearchPlatformExamplesResponse200ItemsItemType": ".search_platform_examples_response_200_items_item_type",
    "SearchPlatformGuidesBody": ".search_platform_guides_body",
    "SearchPlatformGuidesResponse200": ".search_platform_guides_response_200",
    "SearchPlatformGuidesResponse200ItemsItem": ".search_platform_guides_response_200_items_item",
    "SearchPlatformManualsBody": ".search_platform_manuals_body",
    "SearchPlatformManualsResponse200": ".search_platform_manuals_response_200",
    "SearchPlatformManualsResponse200ItemsItem": ".search_platform_manuals_response_200_items_item",
    "SearchPlatformSecretsBody": ".search_platform_secrets_body",
    "SearchPlatformSecretsResponse200": ".search_platform_secrets_response_200",
    "SearchPlatformSecretsResponse200ItemsItem": ".search_platform_secrets_response_200_items_item",
    "SearchPlatformSecretsResponse200ItemsItemConfig": ".search_platform_secrets_response_200_items_item_config",
    "SearchPlatformTutorialsBody": ".search_platform_tutorials_body",
    "SearchPlatformTutorialsResponse200": ".search_platform_tutorials_response_200",
    "SearchPlatformTutorialsResponse200ItemsItem": ".search_platform_tutorials_response_200_items_item",
    "SecretKind": ".secret_kind",
    "SecretListItem": ".secret_list_item",
    "SecretListItemConfig": ".secret_list_item_config",
    "SecretListItemEvent": ".secret_list_item_event",
    "SecretListItemEventType": ".secret_list_item_event_type",
    "SecretType": ".secret_type",
    "SecretVisibility": ".secret_visibility",
    "SendConversationMessageBody": ".send_conversation_message_body",
    "SetupDiscordIntegrationBody": ".setup_discord_integration_body",
    "SetupDiscordIntegrationResponse200": ".setup_discord_integration_response_200",
    "SetupEmailIntegrationBody": ".setup_email_integration_body",
    "SetupEmailIntegrationResponse200": ".setup_email_integration_response_200",
    "SetupGooglechatIntegrationBody": ".setup_googlechat_integration_body",
    "SetupGooglechatIntegrationResponse200": ".setup_googlechat_integration_response_200",
    "SetupInstagramIntegrationBody": ".setup_instagram_integration_body",
    "SetupInstagramIntegrationResponse200": ".setup_instagram_integration_response_200",
    "SetupMessengerIntegrationBody": ".setup_messenger_integration_body",
    "SetupMessengerIntegrationResponse200": ".setup_messenger_integration_response_200",
    "SetupMicrosoftteamsIntegrationBody": ".setup_microsoftteams_integration_body",
    "SetupMicrosoftteamsIntegrationResponse200": ".setup_microsoftteams_integration_response_200",
    "SetupSlackIntegrationBody": ".setup_slack_integration_body",
    "SetupSlackIntegrationResponse200": ".setup_slack_integration_response_200",
    "SetupTelegramIntegrationBody": ".setup_telegram_integration_body",
    "SetupTelegramIntegrationResponse200": ".setup_telegram_integration_response_200",
    "SetupTriggerIntegrationBody": ".setup_trigger_integration_body",
    "SetupTriggerIntegrationResponse200": ".setup_trigger_integration_response_200",
    "SetupTwilioIntegrationBody": ".setup_twilio_integration_body",
    "SetupTwilioIntegrationResponse200": ".setup_twilio_integration_response_200",
    "SetupWhatsAppIntegrationBody": ".setup_whats_app_integration_body",
    "SetupWhatsAppIntegrationResponse200": ".setup_whats_app_integration_response_200",
    "SetupWidgetIntegrationBody": ".setup_widget_integration_body",
    "SetupWidgetIntegrationResponse200": ".setup_widget_integration_response_200",
    "SkillsetAbilityExecuteResult": ".skillset_ability_execute_result",
    "SkillsetAbilityExecuteResultEvent": ".skillset_ability_execute_result_event",
    "SkillsetAbilityExecuteResultEventType": ".skillset_ability_execute_result_event_type",
    "SkillsetAbilityExportItem": ".skillset_ability_export_item",
    "SkillsetAbilityExportItemEvent": ".skillset_ability_export_item_event",
    "SkillsetAbilityExportItemEventType": ".skillset_ability_export_item_event_type",
    "SkillsetAbilityListItem": ".skillset_ability_list_item",
    "SkillsetAbilityListItemEvent": ".skillset_ability_list_item_event",
    "SkillsetAbilityListItemEventType": ".skillset_ability_list_item_event_type",
    "SkillsetListItem": ".skillset_list_item",
    "SkillsetListItemEvent": ".skillset_list_item_event",
    "SkillsetListItemEventType": ".skillset_list_item_event_type",
    "SkillsetVisibility": ".skillset_visibility",
    "SpaceExportItem": ".space_export_item",
    "SpaceExportItemEvent": ".space_export_item_event",
    "SpaceExportItemEventType": ".space_export_item_event_type",
    "SpaceListItem": ".space_list_item",
    "SpaceListItemEvent": ".space_list_item_event",
    "SpaceListItemEventType": ".space_list_item_event_type",
    "SpaceSiteListItem": ".space_site_list_item",
    "SpaceSiteListItemEvent": ".space_site_list_item_event",
    "SpaceSiteListItemEventType": ".space_site_list_item_event_type",
    "SubscribeChannelMessagesBody": ".subscribe_channel_messages_body",
    "SubscribeEventLogsBody": ".subscribe_event_logs_body",
    "SubscribeTaskWorkflowEventsBody": ".subscribe_task_workflow_events_body",
    "SyncDatasetFileBody": ".sync_dataset_file_body",
    "SyncDatasetFileResponse200": ".sync_dataset_file_response_200",
    "SyncFileBody": ".sync_file_body",
    "SyncFileResponse200": ".sync_file_response_200",
    "SyncNotionIntegrationBody": ".sync_notion_integration_body",
    "SyncNotionIntegrationResponse200": ".sync_notion_integration_response_200",
    "SyncSitemapIntegrationBody": ".sync_sitemap_integration_body",
    "SyncSitemapIntegrationResponse200": ".sync_sitemap_integration_response_200",
    "SyncStatus": ".sync_status",
    "SynthesizeConversationMessageBody": ".synthesize_conversation_message_body",
    "SynthesizeConversationMessageResponse200": ".synthesize_conversation_message_response_200",
    "TaskExecutionListItem": ".task_execution_list_item",
    "TaskExecutionListItemEvent": ".task_execution_list_item_event",
    "TaskExecutionListItemEventType": ".task_execution_list_item_event_type",
    "TaskExportItem": ".task_export_item",
    "TaskExportItemEvent": ".task_export_item_event",
    "TaskExportItemEventType": ".task_export_item_event_type",
    "TaskListItem": ".task_list_item",
    "TaskListItemEvent": ".task_list_item_event",
    "TaskListItemEventType": ".task_list_item_event_type",
    "TaskOutcome": ".task_outcome",
    "TaskStatus": ".task_status",
    "TaskWorkflowErrorEvent": ".task_workflow_error_event",
    "TaskWorkflowErrorEventData": ".task_workflow_error_event_data",
    "TaskWorkflowErrorEventType": ".task_workflow_error_event_type",
    "TaskWorkflowOperationBeginEvent": ".task_workflow_operation_begin_event",
    "TaskWorkflowOperationBeginEventData": ".task_workflow_operation_begin_event_data",
    "TaskWorkflowOperationBeginEventDataAction": ".task_workflow_operation_begin_event_data_action",
    "TaskWorkflowOperationBeginEventDataActionKind": ".task_workflow_operation_begin_event_data_action_kind",
    "TaskWorkflowOperationBeginEventType": ".task_workflow_operation_begin_event_type",
    "TaskWorkflowOperationEndEvent": ".task_workflow_operation_end_event",
    "TaskWorkflowOperationEndEventData": ".task_workflow_operation_end_event_data",
    "TaskWorkflowOperationEndEventDataAction": ".task_workflow_operation_end_event_data_action",
    "TaskWorkflowOperationEndEventDataActionKind": ".task_workflow_operation_end_event_data_action_kind",
    "TaskWorkflowOperationEndEventType": ".task_workflow_operation_end_event_type",
    "TeamListItem": ".team_list_item",
    "TeamListItemEvent": ".team_list_item_event",
    "TeamListItemEventType": ".team_list_item_event_type",
    "Trigger": ".trigger",
    "TriggerExtractIntegrationBody": ".trigger_extract_integration_body",
    "TriggerExtractIntegrationResponse200": ".trigger_extract_integration_response_200",
    "TriggerSupportIntegrationBody": ".trigger_support_integration_body",
    "TriggerSupportIntegrationResponse200": ".trigger_support_integration_response_200",
    "TriggerTaskBody": ".trigger_task_body",
    "TriggerTaskResponse200": ".trigger_task_response_200",
    "UpdateBlueprintBody": ".update_blueprint_body",
    "UpdateBlueprintResponse200": ".update_blueprint_response_200",
    "UpdateBotBody": ".update_bot_body",
    "UpdateBotResponse200": ".update_bot_response_200",
    "UpdateContactBody": ".update_contact_body",
    "UpdateContactResponse200": ".update_contact_response_200",
    "UpdateConversationBody": ".update_conversation_body",
    "UpdateConversationMessageBody": ".update_conversation_message_body",
    "UpdateConversationMessageResponse200": ".update_conversation_message_response_200",
    "UpdateConversationResponse200": ".update_conversation_response_200",
    "UpdateDatasetBody": ".update_dataset_body",
    "UpdateDatasetRecordBody": ".update_dataset_record_body",
    "UpdateDatasetRecordResponse200": ".update_dataset_record_response_200",
    "UpdateDatasetResponse200": ".update_dataset_response_200",
    "UpdateDiscordIntegrationBody": ".update_discord_integration_body",
    "UpdateDiscordIntegrationResponse200": ".update_discord_integration_response_200",
    "UpdateEmailIntegrationBody": ".update_email_integration_body",
    "UpdateEmailIntegrationResponse200": ".update_email_integration_response_200",
    "UpdateExtractIntegrationBody": ".update_extract_integration_body",
    "UpdateExtractIntegrationBodySchema": ".update_extract_integration_body_schema",
    "UpdateExtractIntegrationResponse200": ".update_extract_integration_response_200",
    "UpdateFileBody": ".update_file_body",
    "UpdateFileResponse200": ".update_file_response_200",
    "UpdateGooglechatIntegrationBody": ".update_googlechat_integration_body",
    "UpdateGooglechatIntegrationResponse200": ".update_googlechat_integration_response_200",
    "UpdateInstagramIntegrationBody": ".update_instagram_integration_body",
    "UpdateInstagramIntegrationResponse200": ".update_instagram_integration_response_200",
    "UpdateMcpServerIntegrationBody": ".update_mcp_server_integration_body",
    "UpdateMcpServerIntegrationResponse200": ".update_mcp_server_integration_response_200",
    "UpdateMemoryBody": ".update_memory_body",
    "UpdateMemoryResponse200": ".update_memory_response_200",
    "UpdateMessengerIntegrationBody": ".update_messenger_integration_body",
    "UpdateMessengerIntegrationResponse200": ".update_messenger_integration_response_200",
    "UpdateMicrosoftteamsIntegrationBody": ".update_microsoftteams_integration_body",
    "UpdateMicrosoftteamsIntegrationResponse200": ".update_microsoftteams_integration_response_200",
    "UpdateNotionIntegrationBody": ".update_notion_integration_body",
    "UpdateNotionIntegrationResponse200": ".update_notion_integration_response_200",
    "UpdatePartnerUserBody": ".update_partner_user_body",
    "UpdatePartnerUserContextBody": ".update_partner_user_context_body",
    "UpdatePartnerUserContextBodyPayload": ".update_partner_user_context_body_payload",
    "UpdatePartnerUserContextResponse200": ".update_partner_user_context_response_200",
    "UpdatePartnerUserResponse200": ".update_partner_user_response_200",
    "UpdatePartnerUserTokenBody": ".update_partner_user_token_body",
    "UpdatePartnerUserTokenBodyConfig": ".update_partner_user_token_body_config",
    "UpdatePartnerUserTokenBodyMeta": ".update_partner_user_token_body_meta",
    "UpdatePartnerUserTokenResponse200": ".update_partner_user_token_response_200",
    "UpdatePolicyBody": ".update_policy_body",
    "UpdatePolicyBodyConfig": ".update_policy_body_config",
    "UpdatePolicyResponse200": ".update_policy_response_200",
    "UpdatePortalBody": ".update_portal_body",
    "UpdatePortalBodyConfig": ".update_portal_body_config",
    "UpdatePortalResponse200": ".update_portal_response_200",
    "UpdateSecretBody": ".update_secret_body",
    "UpdateSecretBodyConfig": ".update_secret_body_config",
    "UpdateSecretResponse200": ".update_secret_response_200",
    "UpdateSitemapIntegrationBody": ".update_sitemap_integration_body",
    "UpdateSitemapIntegrationResponse200": ".update_sitemap_integration_response_200",
    "UpdateSkillServerIntegrationBody": ".update_skill_server_integration_body",
    "UpdateSkillServerIntegrationResponse200": ".update_skill_server_integration_response_200",
    "UpdateSkillsetAbilityBody": ".update_skillset_ability_body",
    "UpdateSkillsetAbilityResponse200": ".update_skillset_ability_response_200",
    "UpdateSkillsetBody": ".update_skillset_body",
    "UpdateSkillsetResponse200": ".update_skillset_response_200",
    "UpdateSlackIntegrationBody": ".update_slack_integration_body",
    "UpdateSlackIntegrationResponse200": ".update_slack_integration_response_200",
    "UpdateSpaceBody": ".update_space_body",
    "UpdateSpaceResponse200": ".update_space_response_200",
    "UpdateSpaceSiteBody": ".update_space_site_body",
    "UpdateSpaceSiteResponse200": ".update_space_site_response_200",
    "UpdateSupportIntegrationBody": ".update_support_integration_body",
    "UpdateSupportIntegrationResponse200": ".update_support_integration_response_200",
    "UpdateTaskBody": ".update_task_body",
    "UpdateTaskResponse200": ".update_task_response_200",
    "UpdateTelegramIntegrationBody": ".update_telegram_integration_body",
    "UpdateTelegramIntegrationResponse200": ".update_telegram_integration_response_200",
    "UpdateTriggerIntegrationBody": ".update_trigger_integration_body",
    "UpdateTriggerIntegrationResponse200": ".update_trigger_integration_response_200",
    "UpdateTwilioIntegrationBody": ".update_twilio_integration_body",
    "UpdateTwilioIntegrationResponse200": ".update_twilio_integration_response_200",
    "UpdateWhatsAppIntegrationBody": ".update_whats_app_integration_body",
    "UpdateWhatsAppIntegrationResponse200": ".update_whats_app_integration_response_200",
    "UpdateWidgetIntegrationBody": ".update_widget_integration_body",
    "UpdateWidgetIntegrationResponse200": ".update_widget_integration_response_200",
    "UploadConversationAttachmentBodyOption1": ".upload_conversation_attachment_body_option_1",
    "UploadConversationAttachmentBodyOption2": ".upload_conversation_attachment_body_option_2",
    "UploadConversationAttachmentBodyOption2File": ".upload_conversation_attachment_body_option_2_file",
    "UploadConversationAttachmentFilesBody": ".upload_conversation_attachment_files_body",
    "UploadConversationAttachmentResponse200": ".upload_conversation_attachment_response_200",
    "UploadConversationAttachmentResponse200UploadRequest": ".upload_conversation_attachment_response_200_upload_request",
    "UploadConversationAttachmentResponse200UploadRequestHeaders": ".upload_conversation_attachment_response_200_upload_request_headers",
    "UploadFileBodyOption1": ".upload_file_body_option_1",
    "UploadFileBodyOption2": ".upload_file_body_option_2",
    "UploadFileBodyOption2File": ".upload_file_body_option_2_file",
    "UploadFileFilesBody": ".upload_file_files_body",
    "UploadFileResponse200": ".upload_file_response_200",
    "UploadFileResponse200UploadRequest": ".upload_file_response_200_upload_request",
    "UploadFileResponse200UploadRequestHeaders": ".upload_file_response_200_upload_request_headers",
    "UploadSpaceStoragePathBodyOption1": ".upload_space_storage_path_body_option_1",
    "UploadSpaceStoragePathBodyOption2": ".upload_space_storage_path_body_option_2",
    "UploadSpaceStoragePathBodyOption2File": ".upload_space_storage_path_body_option_2_file",
    "UploadSpaceStoragePathBodyOption2FileMeta": ".upload_space_storage_path_body_option_2_file_meta",
    "UploadSpaceStoragePathFilesBody": ".upload_space_storage_path_files_body",
    "UploadSpaceStoragePathResponse200": ".upload_space_storage_path_response_200",
    "UploadSpaceStoragePathResponse200UploadRequest": ".upload_space_storage_path_response_200_upload_request",
    "UploadSpaceStoragePathResponse200UploadRequestHeaders": ".upload_space_storage_path_response_200_upload_request_headers",
    "UpsertConversationContactBody": ".upsert_conversation_contact_body",
    "UpsertConversationContactResponse200": ".upsert_conversation_contact_response_200",
    "UpvoteBotBody": ".upvote_bot_body",
    "UpvoteBotResponse200": ".upvote_bot_response_200",
    "UpvoteConversationBody": ".upvote_conversation_body",
    "UpvoteConversationMessageBody": ".upvote_conversation_message_body",
    "UpvoteConversationMessageResponse200": ".upvote_conversation_message_response_200",
    "UpvoteConversationResponse200": ".upvote_conversation_response_200",
    "Usage": ".usage",
    "VerifyContactSecretBody": ".verify_contact_secret_body",
    "VerifyContactSecretResponse200": ".verify_contact_secret_response_200",
    "VerifyContactSecretResponse200ActionOption1": ".verify_contact_secret_response_200_action_option_1",
    "VerifyContactSecretResponse200ActionOption1Type": ".verify_contact_secret_response_200_action_option_1_type",
    "VerifyContactSecretResponse200Status": ".verify_contact_secret_response_200_status",
    "VerifySecretBody": ".verify_secret_body",
    "VerifySecretResponse200": ".verify_secret_response_200",
    "VerifySecretResponse200ActionOption1": ".verify_secret_response_200_action_option_1",
    "VerifySecretResponse200ActionOption1Type": ".verify_secret_response_200_action_option_1_type",
    "VerifySecretResponse200Status": ".verify_secret_response_200_status",
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
    "AttachDatasetFileBody",
    "AttachDatasetFileResponse200",
    "AttachWidgetIntegrationFileBody",
    "AttachWidgetIntegrationFileBodyType",
    "AttachWidgetIntegrationFileResponse200",
    "AuthenticateContactSecretBody",
    "AuthenticateContactSecretResponse200",
    "AuthenticateSecretBody",
    "AuthenticateSecretResponse200",
    "BlueprintBulletinListItem",
    "BlueprintBulletinListItemEvent",
    "BlueprintBulletinListItemEventType",
    "BlueprintListItem",
    "BlueprintListItemEvent",
    "BlueprintListItemEventType",
    "BlueprintProps",
    "BlueprintVisibility",
    "BotConfig",
    "BotListItem",
    "BotListItemEvent",
    "BotListItemEventType",
    "BotRef",
    "BotVisibility",
    "CancelTaskBody",
    "CancelTaskExecutionBody",
    "CancelTaskExecutionResponse200",
    "CancelTaskResponse200",
    "ChannelSubscribeMessageEvent",
    "ChannelSubscribeMessageEventData",
    "ChannelSubscribeMessageEventType",
    "CloneBlueprintBody",
    "CloneBlueprintResponse200",
    "CloneBlueprintResponse200Resources",
    "CloneBotBody",
    "CloneBotResponse200",
    "ClonePlatformExampleBody",
    "ClonePlatformExampleResponse200",
    "ClonePlatformExampleResponse200Resources",
    "ClonePlatformExampleResponse200ResourcesAdditionalPropertyItem",
    "CloneWidgetIntegrationBody",
    "CloneWidgetIntegrationResponse200",
    "CompactConversationResponse200",
    "CompactConversationStatelessBody",
    "CompactConversationStatelessResponse200",
    "CompleteAbortEvent",
    "CompleteAbortEventType",
    "CompleteCompleteBeginEvent",
    "CompleteCompleteBeginEventData",
    "CompleteCompleteBeginEventType",
    "CompleteCompleteEndEvent",
    "CompleteCompleteEndEventData",
    "CompleteCompleteEndEventType",
    "CompleteConversationBody",
    "CompleteConversationBodyAttachmentsItem",
    "CompleteConversationBodyContactIdOption2",
    "CompleteConversationBodyContactIdOption2Meta",
    "CompleteConversationMessageBody",
    "CompleteConversationMessageResult",
    "CompleteConversationMessageResultEvent",
    "CompleteConversationMessageResultEventType",
    "CompleteConversationResult",
    "CompleteConversationResultEvent",
    "CompleteConversationResultEventType",
    "CompleteEnd",
    "CompleteErrorEvent",
    "CompleteErrorEventData",
    "CompleteErrorEventType",
    "CompleteMessageEvent",
    "CompleteMessageEventData",
    "CompleteMessageEventType",
    "CompleteReason",
    "CompleteReasoningTokenEvent",
    "CompleteReasoningTokenEventData",
    "CompleteReasoningTokenEventType",
    "CompleteTokenEvent",
    "CompleteTokenEventData",
    "CompleteTokenEventType",
    "CompleteUsageEvent",
    "CompleteUsageEventData",
    "CompleteUsageEventType",
    "CompleteWaitForChannelMessageBeginEvent",
    "CompleteWaitForChannelMessageBeginEventData",
    "CompleteWaitForChannelMessageBeginEventType",
    "CompleteWaitForChannelMessageEndEvent",
    "CompleteWaitForChannelMessageEndEventData",
    "CompleteWaitForChannelMessageEndEventType",
    "ContactConversationListItem",
    "ContactConversationListItemEvent",
    "ContactConversationListItemEventType",
    "ContactExportItem",
    "ContactExportItemEvent",
    "ContactExportItemEventType",
    "ContactListItem",
    "ContactListItemEvent",
    "ContactListItemEventType",
    "ContactMemoryListItem",
    "ContactMemoryListItemEvent",
    "ContactMemoryListItemEventType",
    "ContactRatingListItem",
    "ContactRatingListItemEvent",
    "ContactRatingListItemEventType",
    "ContactSecretListItem",
    "ContactSecretListItemEvent",
    "ContactSecretListItemEventType",
    "ContactSpaceListItem",
    "ContactSpaceListItemEvent",
    "ContactSpaceListItemEventType",
    "ContactTaskListItem",
    "ContactTaskListItemEvent",
    "ContactTaskListItemEventType",
    "ConversationExportItem",
    "ConversationExportItemEvent",
    "ConversationExportItemEventType",
    "ConversationListItem",
    "ConversationListItemEvent",
    "ConversationListItemEventType",
    "ConversationMessageListItem",
    "ConversationMessageListItemEvent",
    "ConversationMessageListItemEventType",
    "ConversationReceiveResult",
    "ConversationReceiveResultEvent",
    "ConversationReceiveResultEventType",
    "ConversationSendResult",
    "ConversationSendResultEvent",
    "ConversationSendResultEventType",
    "CopySpaceStoragePathBody",
    "CopySpaceStoragePathResponse200",
    "CreateBlueprintBody",
    "CreateBlueprintBulletinBody",
    "CreateBlueprintBulletinResponse200",
    "CreateBlueprintBulletinResponse200Bulletin",
    "CreateBlueprintResponse200",
    "CreateBotBody",
    "CreateBotResponse200",
    "CreateBotSessionBody",
    "CreateBotSessionBodyMessagesItem",
    "CreateBotSessionResponse200",
    "CreateBotSessionResponse200MessagesItem",
    "CreateChatCompletionBody",
    "CreateContactBody",
    "CreateContactResponse200",
    "CreateConversationBody",
    "CreateConversationBodyMessagesItem",
    "CreateConversationMessageBody",
    "CreateConversationMessageResponse200",
    "CreateConversationResponse200",
    "CreateConversationResponse200MessagesItem",
    "CreateConversationSessionBody",
    "CreateConversationSessionResponse200",
    "CreateDatasetBody",
    "CreateDatasetRecordBody",
    "CreateDatasetRecordResponse200",
    "CreateDatasetResponse200",
    "CreateDiscordIntegrationBody",
    "CreateDiscordIntegrationResponse200",
    "CreateEmailIntegrationBody",
    "CreateEmailIntegrationResponse200",
    "CreateExtractIntegrationBody",
    "CreateExtractIntegrationBodySchema",
    "CreateExtractIntegrationResponse200",
    "CreateFileBody",
    "CreateFileResponse200",
    "CreateGooglechatIntegrationBody",
    "CreateGooglechatIntegrationResponse200",
    "CreateInstagramIntegrationBody",
    "CreateInstagramIntegrationResponse200",
    "CreateMcpServerIntegrationBody",
    "CreateMcpServerIntegrationResponse200",
    "CreateMemoryBody",
    "CreateMemoryResponse200",
    "CreateMessengerIntegrationBody",
    "CreateMessengerIntegrationResponse200",
    "CreateMicrosoftteamsIntegrationBody",
    "CreateMicrosoftteamsIntegrationResponse200",
    "CreateNotionIntegrationBody",
    "CreateNotionIntegrationResponse200",
    "CreatePartnerUserBody",
    "CreatePartnerUserContextBody",
    "CreatePartnerUserContextBodyPayload",
    "CreatePartnerUserContextResponse200",
    "CreatePartnerUserContextResponse200Payload",
    "CreatePartnerUserResponse200",
    "CreatePartnerUserSessionBody",
    "CreatePartnerUserSessionBodyConfig",
    "CreatePartnerUserSessionResponse200",
    "CreatePartnerUserTokenBody",
    "CreatePartnerUserTokenBodyConfig",
    "CreatePartnerUserTokenBodyMeta",
    "CreatePartnerUserTokenResponse200",
    "CreatePolicyBody",
    "CreatePolicyBodyConfig",
    "CreatePolicyResponse200",
    "CreatePortalBody",
    "CreatePortalBodyConfig",
    "CreatePortalResponse200",
    "CreateSecretBody",
    "CreateSecretBodyConfig",
    "CreateSecretResponse200",
    "CreateSitemapIntegrationBody",
    "CreateSitemapIntegrationResponse200",
    "CreateSkillServerIntegrationBody",
    "CreateSkillServerIntegrationResponse200",
    "CreateSkillsetAbilityBody",
    "CreateSkillsetAbilityResponse200",
    "CreateSkillsetBody",
    "CreateSkillsetResponse200",
    "CreateSlackIntegrationBody",
    "CreateSlackIntegrationResponse200",
    "CreateSpaceBody",
    "CreateSpaceResponse200",
    "CreateSpaceSiteBody",
    "CreateSpaceSiteResponse200",
    "CreateSupportIntegrationBody",
    "CreateSupportIntegrationResponse200",
    "CreateTaskBody",
    "CreateTaskResponse200",
    "CreateTelegramIntegrationBody",
    "CreateTelegramIntegrationResponse200",
    "CreateTriggerIntegrationBody",
    "CreateTriggerIntegrationResponse200",
    "CreateTwilioIntegrationBody",
    "CreateTwilioIntegrationResponse200",
    "CreateWhatsAppIntegrationBody",
    "CreateWhatsAppIntegrationResponse200",
    "CreateWidgetIntegrationBody",
    "CreateWidgetIntegrationResponse200",
    "DatasetFileAttachmentType",
    "DatasetFileListItemEvent",
    "DatasetFileListItemEventType",
    "DatasetFilter",
    "DatasetFilterValueOption4",
    "DatasetFilterValueOption5",
    "DatasetFilterValueOption6",
    "DatasetFilterValueOption7",
    "DatasetFilterValueOption8",
    "DatasetFilterValueOption9",
    "DatasetListItem",
    "DatasetListItemEvent",
    "DatasetListItemEventType",
    "DatasetRecordExportItem",
    "DatasetRecordExportItemEvent",
    "DatasetRecordExportItemEventType",
    "DatasetRecordListItem",
    "DatasetRecordListItemEvent",
    "DatasetRecordListItemEventType",
    "DatasetVisibility",
    "DeleteBlueprintBody",
    "DeleteBlueprintResponse200",
    "DeleteBotBody",
    "DeleteBotResponse200",
    "DeleteContactBody",
    "DeleteContactResponse200",
    "DeleteConversationBody",
    "DeleteConversationMessageBody",
    "DeleteConversationMessageResponse200",
    "DeleteConversationResponse200",
    "DeleteDatasetBody",
    "DeleteDatasetRecordBody",
    "DeleteDatasetRecordResponse200",
    "DeleteDatasetResponse200",
    "DeleteDiscordIntegrationBody",
    "DeleteDiscordIntegrationResponse200",
    "DeleteEmailIntegrationBody",
    "DeleteEmailIntegrationResponse200",
    "DeleteExtractIntegrationBody",
    "DeleteExtractIntegrationResponse200",
    "DeleteFileBody",
    "DeleteFileResponse200",
    "DeleteGooglechatIntegrationBody",
    "DeleteGooglechatIntegrationResponse200",
    "DeleteInstagramIntegrationBody",
    "DeleteInstagramIntegrationResponse200",
    "DeleteMcpServerIntegrationBody",
    "DeleteMcpServerIntegrationResponse200",
    "DeleteMemoryBody",
    "DeleteMemoryResponse200",
    "DeleteMessengerIntegrationBody",
    "DeleteMessengerIntegrationResponse200",
    "DeleteMicrosoftteamsIntegrationBody",
    "DeleteMicrosoftteamsIntegrationResponse200",
    "DeleteNotionIntegrationBody",
    "DeleteNotionIntegrationResponse200",
    "DeletePartnerUserBody",
    "DeletePartnerUserContextBody",
    "DeletePartnerUserContextResponse200",
    "DeletePartnerUserResponse200",
    "DeletePartnerUserTokenBody",
    "DeletePartnerUserTokenResponse200",
    "DeletePolicyBody",
    "DeletePolicyResponse200",
    "DeletePortalBody",
    "DeletePortalResponse200",
    "DeleteSecretBody",
    "DeleteSecretResponse200",
    "DeleteSitemapIntegrationBody",
    "DeleteSitemapIntegrationResponse200",
    "DeleteSkillServerIntegrationBody",
    "DeleteSkillServerIntegrationResponse200",
    "DeleteSkillsetAbilityBody",
    "DeleteSkillsetAbilityResponse200",
    "DeleteSkillsetBody",
    "DeleteSkillsetResponse200",
    "DeleteSlackIntegrationBody",
    "DeleteSlackIntegrationResponse200",
    "DeleteSpaceBody",
    "DeleteSpaceResponse200",
    "DeleteSpaceSiteBody",
    "DeleteSpaceSiteResponse200",
    "DeleteSpaceStoragePathBody",
    "DeleteSpaceStoragePathResponse200",
    "DeleteSupportIntegrationBody",
    "DeleteSupportIntegrationResponse200",
    "DeleteTaskBody",
    "DeleteTaskResponse200",
    "DeleteTelegramIntegrationBody",
    "DeleteTelegramIntegrationResponse200",
    "DeleteTriggerIntegrationBody",
    "DeleteTriggerIntegrationResponse200",
    "DeleteTwilioIntegrationBody",
    "DeleteTwilioIntegrationResponse200",
    "DeleteWhatsAppIntegrationBody",
    "DeleteWhatsAppIntegrationResponse200",
    "DeleteWidgetIntegrationBody",
    "DeleteWidgetIntegrationResponse200",
    "DetachDatasetFileBody",
    "DetachDatasetFileResponse200",
    "DetachWidgetIntegrationFileResponse200",
    "DispatchConversationBody",
    "DispatchConversationBodyAttachmentsItem",
    "DispatchConversationBodyContactIdOption2",
    "DispatchConversationBodyContactIdOption2Meta",
    "DispatchConversationResponse200",
    "DispatchStatefulConversationBody",
    "DispatchStatefulConversationResponse200",
    "DownloadFileResponse200",
    "DownloadSpaceStoragePathResponse200",
    "DownvoteBotBody",
    "DownvoteBotResponse200",
    "DownvoteConversationBody",
    "DownvoteConversationMessageBody",
    "DownvoteConversationMessageResponse200",
    "DownvoteConversationResponse200",
    "EnsureContactBody",
    "EnsureContactResponse200",
    "Entity",
    "EntityReplacement",
    "EventLogExportItem",
    "EventLogExportItemEvent",
    "EventLogExportItemEventType",
    "EventLogListItem",
    "EventLogListItemEvent",
    "EventLogListItemEventType",
    "EventLogSubscribeItemEvent",
    "EventLogSubscribeItemEventType",
    "ExecuteSkillsetAbilityBody",
    "ExecutionLimits",
    "ExportBlueprintResourcesAccept",
    "ExportBlueprintResourcesResponse200",
    "ExportBlueprintResourcesResponse200Resources",
    "ExportContactsMeta",
    "ExportContactsOrder",
    "ExportContactsResponse200",
    "ExportConversationsMeta",
    "ExportConversationsOrder",
    "ExportConversationsResponse200",
    "ExportDatasetRecordsOrder",
    "ExportDatasetRecordsResponse200",
    "ExportEventLogsMeta",
    "ExportEventLogsOrder",
    "ExportEventLogsResponse200",
    "ExportExtractIntegrationItemsOrder",
    "ExportExtractIntegrationItemsResponse200",
    "ExportExtractIntegrationItemsResponse200ItemsItem",
    "ExportExtractIntegrationItemsResponse200ItemsItemData",
    "ExportMemoriesMeta",
    "ExportMemoriesOrder",
    "ExportMemoriesResponse200",
    "ExportSkillsetAbilitiesOrder",
    "ExportSkillsetAbilitiesResponse200",
    "ExportSpacesMeta",
    "ExportSpacesOrder",
    "ExportSpacesResponse200",
    "ExportTasksMeta",
    "ExportTasksOrder",
    "ExportTasksResponse200",
    "ExtensionsDefinition",
    "ExtensionsDefinitionDatasetsItem",
    "ExtensionsDefinitionDatasetsItemRecordsItem",
    "ExtensionsDefinitionDatasetsItemRecordsItemMeta",
    "ExtensionsDefinitionFeaturesItem",
    "ExtensionsDefinitionFeaturesItemOptions",
    "ExtensionsDefinitionSkillsetsItem",
    "ExtensionsDefinitionSkillsetsItemAbilitiesItem",
    "ExtensionsDefinitionSkillsetsItemAbilitiesItemMeta",
    "FetchBlueprintResponse200",
    "FetchBotResponse200",
    "FetchBotUsageResponse200",
    "FetchContactResponse200",
    "FetchConversationMessageResponse200",
    "FetchConversationResponse200",
    "FetchConversationUsageResponse200",
    "FetchDatasetRecordResponse200",
    "FetchDatasetResponse200",
    "FetchDiscordIntegrationResponse200",
    "FetchEmailIntegrationResponse200",
    "FetchExtractIntegrationResponse200",
    "FetchExtractIntegrationResponse200Schema",
    "FetchFileResponse200",
    "FetchGooglechatIntegrationResponse200",
    "FetchInstagramIntegrationResponse200",
    "FetchMcpServerIntegrationResponse200",
    "FetchMemoryResponse200",
    "FetchMessengerIntegrationResponse200",
    "FetchMicrosoftteamsIntegrationResponse200",
    "FetchNotionIntegrationResponse200",
    "FetchPartnerUserContextResponse200",
    "FetchPartnerUserContextResponse200Payload",
    "FetchPartnerUserResponse200",
    "FetchPlatformDocResponse200",
    "FetchPlatformExampleResponse200",
    "FetchPlatformExampleResponse200Config",
    "FetchPlatformExampleResponse200Type",
    "FetchPlatformGuideResponse200",
    "FetchPlatformManualResponse200",
    "FetchPlatformTutorialResponse200",
    "FetchPolicyResponse200",
    "FetchPolicyResponse200Config",
    "FetchPortalResponse200",
    "FetchPortalResponse200Config",
    "FetchSecretResponse200",
    "FetchSecretResponse200Config",
    "FetchSitemapIntegrationResponse200",
    "FetchSkillServerIntegrationResponse200",
    "FetchSkillsetAbilityResponse200",
    "FetchSkillsetResponse200",
    "FetchSlackIntegrationResponse200",
    "FetchSpaceResponse200",
    "FetchSpaceSiteResponse200",
    "FetchSupportIntegrationResponse200",
    "FetchTaskResponse200",
    "FetchTelegramIntegrationResponse200",
    "FetchTriggerIntegrationResponse200",
    "FetchTwilioIntegrationResponse200",
    "FetchUsageResponse200",
    "FetchUsageResponse200Database",
    "FetchUsageSeriesResponse200",
    "FetchUsageSeriesResponse200ConversationsItem",
    "FetchUsageSeriesResponse200MessagesItem",
    "FetchUsageSeriesResponse200TokensItem",
    "FetchWhatsAppIntegrationResponse200",
    "FetchWidgetIntegrationResponse200",
    "FileListItem",
    "FileListItemEvent",
    "FileListItemEventType",
    "FileVisibility",
    "FunctionsDefinitionItem",
    "FunctionsDefinitionItemCall",
    "FunctionsDefinitionItemParameters",
    "FunctionsDefinitionItemParametersProperties",
    "FunctionsDefinitionItemParametersType",
    "FunctionsDefinitionItemResultOption1",
    "FunctionsDefinitionItemResultOption2",
    "GenerateMagicFromPromptBody",
    "GenerateMagicFromPromptBodyProps",
    "GeneratePlatformReportBody",
    "GeneratePlatformReportResponse200",
    "GeneratePlatformReportsBody",
    "GeneratePlatformReportsBodyAdditionalProperty",
    "GeneratePlatformReportsResponse200",
    "GeneratePlatformReportsResponse200ValueOption1",
    "GeneratePlatformReportsResponse200ValueOption2",
    "GraphqlBody",
    "GraphqlBodyVariables",
    "GraphqlResponse200",
    "GraphqlResponse200Data",
    "GraphqlResponse200ErrorsItem",
    "ImportBlueprintResourcesBody",
    "ImportBlueprintResourcesBodyResources",
    "InitiateDiscordBody",
    "InitiateDiscordResponse200",
    "InitiateEmailBody",
    "InitiateEmailResponse200",
    "InitiateGooglechatBody",
    "InitiateGooglechatResponse200",
    "InitiateInstagramBody",
    "InitiateInstagramResponse200",
    "InitiateMessengerBody",
    "InitiateMessengerResponse200",
    "InitiateRecallBody",
    "InitiateRecallResponse200",
    "InitiateRecallResponse200Bot",
    "InitiateSlackBody",
    "InitiateSlackResponse200",
    "InitiateTeamsBody",
    "InitiateTeamsResponse200",
    "InitiateTelegramBody",
    "InitiateTelegramResponse200",
    "InitiateTwilioBody",
    "InitiateTwilioBodyChannel",
    "InitiateTwilioResponse200",
    "InitiateWhatsappBody",
    "InitiateWhatsappResponse200",
    "InstanceCrudProps",
    "InstanceListProps",
    "InstanceMetaProps",
    "InstanceRefProperties",
    "IntegrationDiscordListItem",
    "IntegrationDiscordListItemEvent",
    "IntegrationDiscordListItemEventType",
    "IntegrationEmailListItem",
    "IntegrationEmailListItemEvent",
    "IntegrationEmailListItemEventType",
    "IntegrationExtractListItem",
    "IntegrationExtractListItemEvent",
    "IntegrationExtractListItemEventType",
    "IntegrationExtractListItemSchema",
    "IntegrationGooglechatListItem",
    "IntegrationGooglechatListItemEvent",
    "IntegrationGooglechatListItemEventType",
    "IntegrationInstagramListItem",
    "IntegrationInstagramListItemEvent",
    "IntegrationInstagramListItemEventType",
    "IntegrationMcpserverListItem",
    "IntegrationMcpserverListItemEvent",
    "IntegrationMcpserverListItemEventType",
    "IntegrationMessengerListItem",
    "IntegrationMessengerListItemEvent",
    "IntegrationMessengerListItemEventType",
    "IntegrationMicrosoftteamsListItem",
    "IntegrationMicrosoftteamsListItemEvent",
    "IntegrationMicrosoftteamsListItemEventType",
    "IntegrationNotionListItem",
    "IntegrationNotionListItemEvent",
    "IntegrationNotionListItemEventType",
    "IntegrationSitemapListItem",
    "IntegrationSitemapListItemEvent",
    "IntegrationSitemapListItemEventType",
    "IntegrationSkillserverListItem",
    "IntegrationSkillserverListItemEvent",
    "IntegrationSkillserverListItemEventType",
    "IntegrationSlackListItem",
    "IntegrationSlackListItemEvent",
    "IntegrationSlackListItemEventType",
    "IntegrationSupportListItem",
    "IntegrationSupportListItemEvent",
    "IntegrationSupportListItemEventType",
    "IntegrationTelegramListItem",
    "IntegrationTelegramListItemEvent",
    "IntegrationTelegramListItemEventType",
    "IntegrationTriggerListItem",
    "IntegrationTriggerListItemEvent",
    "IntegrationTriggerListItemEventType",
    "IntegrationTwilioListItem",
    "IntegrationTwilioListItemEvent",
    "IntegrationTwilioListItemEventType",
    "IntegrationWhatsappListItem",
    "IntegrationWhatsappListItemEvent",
    "IntegrationWhatsappListItemEventType",
    "IntegrationWidgetListItem",
    "IntegrationWidgetListItemEvent",
    "IntegrationWidgetListItemEventType",
    "InvokeSkillServerAbilityBody",
    "InvokeSkillServerAbilityBodyInput",
    "InvokeSkillServerAbilityFormat",
    "InvokeTriggerIntegrationBody",
    "InvokeTriggerIntegrationResponse200",
    "JsonSchemaObject",
    "JsonSchemaObjectProperties",
    "JsonSchemaObjectType",
    "Limits",
    "LimitsDatabase",
    "ListBlueprintBulletinsOrder",
    "ListBlueprintBulletinsResponse200",
    "ListBlueprintResourcesResponse200",
    "ListBlueprintResourcesResponse200Resources",
    "ListBlueprintsMeta",
    "ListBlueprintsOrder",
    "ListBlueprintsResponse200",
    "ListBotsMeta",
    "ListBotsOrder",
    "ListBotsResponse200",
    "ListContactConversationsOrder",
    "ListContactConversationsResponse200",
    "ListContactMemoriesOrder",
    "ListContactMemoriesResponse200",
    "ListContactRatingsOrder",
    "ListContactRatingsResponse200",
    "ListContactSecretsOrder",
    "ListContactSecretsResponse200",
    "ListContactsMeta",
    "ListContactsOrder",
    "ListContactSpacesOrder",
    "ListContactSpacesResponse200",
    "ListContactsResponse200",
    "ListContactTasksOrder",
    "ListContactTasksResponse200",
    "ListConversationAttachmentsResponse200",
    "ListConversationAttachmentsResponse200ItemsItem",
    "ListConversationMessagesOrder",
    "ListConversationMessagesResponse200",
    "ListConversationsMeta",
    "ListConversationsOrder",
    "ListConversationsResponse200",
    "ListDatasetFilesOrder",
    "ListDatasetFilesResponse200",
    "ListDatasetFilesResponse200ItemsItem",
    "ListDatasetRecordsOrder",
    "ListDatasetRecordsResponse200",
    "ListDatasetsMeta",
    "ListDatasetsOrder",
    "ListDatasetsResponse200",
    "ListDiscordIntegrationsMeta",
    "ListDiscordIntegrationsOrder",
    "ListDiscordIntegrationsResponse200",
    "ListEmailIntegrationsMeta",
    "ListEmailIntegrationsOrder",
    "ListEmailIntegrationsResponse200",
    "ListEventLogsMeta",
    "ListEventLogsOrder",
    "ListEventLogsResponse200",
    "ListExtractIntegrationItemsOrder",
    "ListExtractIntegrationItemsResponse200",
    "ListExtractIntegrationItemsResponse200ItemsItem",
    "ListExtractIntegrationItemsResponse200ItemsItemData",
    "ListExtractIntegrationsMeta",
    "ListExtractIntegrationsOrder",
    "ListExtractIntegrationsResponse200",
    "ListFilesMeta",
    "ListFilesOrder",
    "ListFilesResponse200",
    "ListGooglechatIntegrationsMeta",
    "ListGooglechatIntegrationsOrder",
    "ListGooglechatIntegrationsResponse200",
    "ListInstagramIntegrationsMeta",
    "ListInstagramIntegrationsOrder",
    "ListInstagramIntegrationsResponse200",
    "ListMagicPromptsMeta",
    "ListMagicPromptsOrder",
    "ListMagicPromptsResponse200",
    "ListMcpServerIntegrationsMeta",
    "ListMcpServerIntegrationsOrder",
    "ListMcpServerIntegrationsResponse200",
    "ListMemoriesMeta",
    "ListMemoriesOrder",
    "ListMemoriesResponse200",
    "ListMessengerIntegrationsMeta",
    "ListMessengerIntegrationsOrder",
    "ListMessengerIntegrationsResponse200",
    "ListMicrosoftteamsIntegrationsMeta",
    "ListMicrosoftteamsIntegrationsOrder",
    "ListMicrosoftteamsIntegrationsResponse200",
    "ListNotionIntegrationsMeta",
    "ListNotionIntegrationsOrder",
    "ListNotionIntegrationsResponse200",
    "ListPartnerUserContextsOrder",
    "ListPartnerUserContextsResponse200",
    "ListPartnerUsersMeta",
    "ListPartnerUsersOrder",
    "ListPartnerUsersResponse200",
    "ListPartnerUserTokensOrder",
    "ListPartnerUserTokensResponse200",
    "ListPlatformAbilitiesMeta",
    "ListPlatformAbilitiesOrder",
    "ListPlatformAbilitiesResponse200",
    "ListPlatformActionsMeta",
    "ListPlatformActionsOrder",
    "ListPlatformActionsResponse200",
    "ListPlatformDocsMeta",
    "ListPlatformDocsOrder",
    "ListPlatformDocsResponse200",
    "ListPlatformExamplesMeta",
    "ListPlatformExamplesOrder",
    "ListPlatformExamplesResponse200",
    "ListPlatformGuidesMeta",
    "ListPlatformGuidesOrder",
    "ListPlatformGuidesResponse200",
    "ListPlatformManualsMeta",
    "ListPlatformManualsOrder",
    "ListPlatformManualsResponse200",
    "ListPlatformModelsMeta",
    "ListPlatformModelsOrder",
    "ListPlatformModelsResponse200",
    "ListPlatformReportsOrder",
    "ListPlatformReportsResponse200",
    "ListPlatformSecretsMeta",
    "ListPlatformSecretsOrder",
    "ListPlatformSecretsResponse200",
    "ListPlatformTutorialsMeta",
    "ListPlatformTutorialsOrder",
    "ListPlatformTutorialsResponse200",
    "ListPoliciesMeta",
    "ListPoliciesOrder",
    "ListPoliciesResponse200",
    "ListPortalsMeta",
    "ListPortalsOrder",
    "ListPortalsResponse200",
    "ListSecretsMeta",
    "ListSecretsOrder",
    "ListSecretsResponse200",
    "ListSitemapIntegrationsMeta",
    "ListSitemapIntegrationsOrder",
    "ListSitemapIntegrationsResponse200",
    "ListSkillServerIntegrationsMeta",
    "ListSkillServerIntegrationsOrder",
    "ListSkillServerIntegrationsResponse200",
    "ListSkillsetAbilitiesOrder",
    "ListSkillsetAbilitiesResponse200",
    "ListSkillsetsMeta",
    "ListSkillsetsOrder",
    "ListSkillsetsResponse200",
    "ListSlackIntegrationsMeta",
    "ListSlackIntegrationsOrder",
    "ListSlackIntegrationsResponse200",
    "ListSpaceSitesMeta",
    "ListSpaceSitesOrder",
    "ListSpaceSitesResponse200",
    "ListSpacesMeta",
    "ListSpacesOrder",
    "ListSpacesResponse200",
    "ListSpaceStoragePathResponse200",
    "ListSpaceStoragePathResponse200ItemsItem",
    "ListSupportIntegrationsMeta",
    "ListSupportIntegrationsOrder",
    "ListSupportIntegrationsResponse200",
    "ListTaskExecutionsMeta",
    "ListTaskExecutionsOrder",
    "ListTaskExecutionsResponse200",
    "ListTaskExecutionsStatus",
    "ListTasksMeta",
    "ListTasksOrder",
    "ListTasksResponse200",
    "ListTasksStatus",
    "ListTeamsMeta",
    "ListTeamsOrder",
    "ListTeamsResponse200",
    "ListTelegramIntegrationsMeta",
    "ListTelegramIntegrationsOrder",
    "ListTelegramIntegrationsResponse200",
    "ListTriggerIntegrationsMeta",
    "ListTriggerIntegrationsOrder",
    "ListTriggerIntegrationsResponse200",
    "ListTwilioIntegrationsMeta",
    "ListTwilioIntegrationsOrder",
    "ListTwilioIntegrationsResponse200",
    "ListUsageRecordsMeta",
    "ListUsageRecordsOrder",
    "ListUsageRecordsResponse200",
    "ListUsageRecordsResponse200ItemsItem",
    "ListWhatsAppIntegrationsMeta",
    "ListWhatsAppIntegrationsOrder",
    "ListWhatsAppIntegrationsResponse200",
    "ListWidgetIntegrationsMeta",
    "ListWidgetIntegrationsOrder",
    "ListWidgetIntegrationsResponse200",
    "MagicGenerateResult",
    "MagicGenerateResultEvent",
    "MagicGenerateResultEventType",
    "MagicListItem",
    "MagicListItemEvent",
    "MagicListItemEventType",
    "MemoryExportItem",
    "MemoryExportItemEvent",
    "MemoryExportItemEventType",
    "MemoryListItem",
    "MemoryListItemEvent",
    "MemoryListItemEventType",
    "Message",
    "MessageType",
    "Meta",
    "MoveSpaceStoragePathBody",
    "MoveSpaceStoragePathResponse200",
    "PartnerUserContextListItem",
    "PartnerUserContextListItemEvent",
    "PartnerUserContextListItemEventType",
    "PartnerUserContextListItemPayload",
    "PartnerUserListItem",
    "PartnerUserListItemEvent",
    "PartnerUserListItemEventType",
    "PartnerUserTokenListItem",
    "PartnerUserTokenListItemEvent",
    "PartnerUserTokenListItemEventType",
    "PlatformAbilityListItem",
    "PlatformAbilityListItemEvent",
    "PlatformAbilityListItemEventType",
    "PlatformAbilityListItemSchema",
    "PlatformAbilityListItemSchemaProperties",
    "PlatformAbilityListItemSchemaType",
    "PlatformActionListItem",
    "PlatformActionListItemEvent",
    "PlatformActionListItemEventType",
    "PlatformDocListItem",
    "PlatformDocListItemEvent",
    "PlatformDocListItemEventType",
    "PlatformExampleListItem",
    "PlatformExampleListItemEvent",
    "PlatformExampleListItemEventType",
    "PlatformExampleListItemType",
    "PlatformGuideListItem",
    "PlatformGuideListItemEvent",
    "PlatformGuideListItemEventType",
    "PlatformManualListItem",
    "PlatformManualListItemEvent",
    "PlatformManualListItemEventType",
    "PlatformModelListItem",
    "PlatformModelListItemEvent",
    "PlatformModelListItemEventType",
    "PlatformReportListItem",
    "PlatformReportListItemEvent",
    "PlatformReportListItemEventType",
    "PlatformSecretListItem",
    "PlatformSecretListItemConfig",
    "PlatformSecretListItemEvent",
    "PlatformSecretListItemEventType",
    "PlatformTutorialListItem",
    "PlatformTutorialListItemEvent",
    "PlatformTutorialListItemEventType",
    "PolicyListItem",
    "PolicyListItemConfig",
    "PolicyListItemEvent",
    "PolicyListItemEventType",
    "PolicyType",
    "PortalListItem",
    "PortalListItemConfig",
    "PortalListItemEvent",
    "PortalListItemEventType",
    "PublishChannelMessageBody",
    "PublishChannelMessageBodyMessage",
    "PublishChannelMessageResponse200",
    "ReceiveConversationMessageBody",
    "RevokeContactSecretBody",
    "RevokeContactSecretResponse200",
    "RevokeSecretBody",
    "RevokeSecretResponse200",
    "Schedule",
    "SearchBotMemoryBody",
    "SearchBotMemoryResponse200",
    "SearchBotMemoryResponse200ItemsItem",
    "SearchBotMemoryResponse200ItemsItemMeta",
    "SearchContactMemoryBody",
    "SearchContactMemoryResponse200",
    "SearchContactMemoryResponse200ItemsItem",
    "SearchContactMemoryResponse200ItemsItemMeta",
    "SearchDatasetBody",
    "SearchDatasetResponse200",
    "SearchDatasetResponse200RecordsItem",
    "SearchDatasetResponse200RecordsItemMeta",
    "SearchMemoryBody",
    "SearchMemoryResponse200",
    "SearchMemoryResponse200ItemsItem",
    "SearchMemoryResponse200ItemsItemMeta",
    "SearchPlatformAbilitiesBody",
    "SearchPlatformAbilitiesResponse200",
    "SearchPlatformAbilitiesResponse200ItemsItem",
    "SearchPlatformAbilitiesResponse200ItemsItemSchema",
    "SearchPlatformAbilitiesResponse200ItemsItemSchemaProperties",
    "SearchPlatformAbilitiesResponse200ItemsItemSchemaType",
    "SearchPlatformDocsBody",
    "SearchPlatformDocsResponse200",
    "SearchPlatformDocsResponse200ItemsItem",
    "SearchPlatformExamplesBody",
    "SearchPlatformExamplesResponse200",
    "SearchPlatformExamplesResponse200ItemsItem",
    "SearchPlatformExamplesResponse200ItemsItemType",
    "SearchPlatformGuidesBody",
    "SearchPlatformGuidesResponse200",
    "SearchPlatformGuidesResponse200ItemsItem",
    "SearchPlatformManualsBody",
    "SearchPlatformManualsResponse200",
    "SearchPlatformManualsResponse200ItemsItem",
    "SearchPlatformSecretsBody",
    "SearchPlatformSecretsResponse200",
    "SearchPlatformSecretsResponse200ItemsItem",
    "SearchPlatformSecretsResponse200ItemsItemConfig",
    "SearchPlatformTutorialsBody",
    "SearchPlatformTutorialsResponse200",
    "SearchPlatformTutorialsResponse200ItemsItem",
    "SecretKind",
    "SecretListItem",
    "SecretListItemConfig",
    "SecretListItemEvent",
    "SecretListItemEventType",
    "SecretType",
    "SecretVisibility",
    "SendConversationMessageBody",
    "SetupDiscordIntegrationBody",
    "SetupDiscordIntegrationResponse200",
    "SetupEmailIntegrationBody",
    "SetupEmailIntegrationResponse200",
    "SetupGooglechatIntegrationBody",
    "SetupGooglechatIntegrationResponse200",
    "SetupInstagramIntegrationBody",
    "SetupInstagramIntegrationResponse200",
    "SetupMessengerIntegrationBody",
    "SetupMessengerIntegrationResponse200",
    "SetupMicrosoftteamsIntegrationBody",
    "SetupMicrosoftteamsIntegrationResponse200",
    "SetupSlackIntegrationBody",
    "SetupSlackIntegrationResponse200",
    "SetupTelegramIntegrationBody",
    "SetupTelegramIntegrationResponse200",
    "SetupTriggerIntegrationBody",
    "SetupTriggerIntegrationResponse200",
    "SetupTwilioIntegrationBody",
    "SetupTwilioIntegrationResponse200",
    "SetupWhatsAppIntegrationBody",
    "SetupWhatsAppIntegrationResponse200",
    "SetupWidgetIntegrationBody",
    "SetupWidgetIntegrationResponse200",
    "SkillsetAbilityExecuteResult",
    "SkillsetAbilityExecuteResultEvent",
    "SkillsetAbilityExecuteResultEventType",
    "SkillsetAbilityExportItem",
    "SkillsetAbilityExportItemEvent",
    "SkillsetAbilityExportItemEventType",
    "SkillsetAbilityListItem",
    "SkillsetAbilityListItemEvent",
    "SkillsetAbilityListItemEventType",
    "SkillsetListItem",
    "SkillsetListItemEvent",
    "SkillsetListItemEventType",
    "SkillsetVisibility",
    "SpaceExportItem",
    "SpaceExportItemEvent",
    "SpaceExportItemEventType",
    "SpaceListItem",
    "SpaceListItemEvent",
    "SpaceListItemEventType",
    "SpaceSiteListItem",
    "SpaceSiteListItemEvent",
    "SpaceSiteListItemEventType",
    "SubscribeChannelMessagesBody",
    "SubscribeEventLogsBody",
    "SubscribeTaskWorkflowEventsBody",
    "SyncDatasetFileBody",
    "SyncDatasetFileResponse200",
    "SyncFileBody",
    "SyncFileResponse200",
    "SyncNotionIntegrationBody",
    "SyncNotionIntegrationResponse200",
    "SyncSitemapIntegrationBody",
    "SyncSitemapIntegrationResponse200",
    "SyncStatus",
    "SynthesizeConversationMessageBody",
    "SynthesizeConversationMessageResponse200",
    "TaskExecutionListItem",
    "TaskExecutionListItemEvent",
    "TaskExecutionListItemEventType",
    "TaskExportItem",
    "TaskExportItemEvent",
    "TaskExportItemEventType",
    "TaskListItem",
    "TaskListItemEvent",
    "TaskListItemEventType",
    "TaskOutcome",
    "TaskStatus",
    "TaskWorkflowErrorEvent",
    "TaskWorkflowErrorEventData",
    "TaskWorkflowErrorEventType",
    "TaskWorkflowOperationBeginEvent",
    "TaskWorkflowOperationBeginEventData",
    "TaskWorkflowOperationBeginEventDataAction",
    "TaskWorkflowOperationBeginEventDataActionKind",
    "TaskWorkflowOperationBeginEventType",
    "TaskWorkflowOperationEndEvent",
    "TaskWorkflowOperationEndEventData",
    "TaskWorkflowOperationEndEventDataAction",
    "TaskWorkflowOperationEndEventDataActionKind",
    "TaskWorkflowOperationEndEventType",
    "TeamListItem",
    "TeamListItemEvent",
    "TeamListItemEventType",
    "Trigger",
    "TriggerExtractIntegrationBody",
    "TriggerExtractIntegrationResponse200",
    "TriggerSupportIntegrationBody",
    "TriggerSupportIntegrationResponse200",
    "TriggerTaskBody",
    "TriggerTaskResponse200",
    "UpdateBlueprintBody",
    "UpdateBlueprintResponse200",
    "UpdateBotBody",
    "UpdateBotResponse200",
    "UpdateContactBody",
    "UpdateContactResponse200",
    "UpdateConversationBody",
    "UpdateConversationMessageBody",
    "UpdateConversationMessageResponse200",
    "UpdateConversationResponse200",
    "UpdateDatasetBody",
    "UpdateDatasetRecordBody",
    "UpdateDatasetRecordResponse200",
    "UpdateDatasetResponse200",
    "UpdateDiscordIntegrationBody",
    "UpdateDiscordIntegrationResponse200",
    "UpdateEmailIntegrationBody",
    "UpdateEmailIntegrationResponse200",
    "UpdateExtractIntegrationBody",
    "UpdateExtractIntegrationBodySchema",
    "UpdateExtractIntegrationResponse200",
    "UpdateFileBody",
    "UpdateFileResponse200",
    "UpdateGooglechatIntegrationBody",
    "UpdateGooglechatIntegrationResponse200",
    "UpdateInstagramIntegrationBody",
    "UpdateInstagramIntegrationResponse200",
    "UpdateMcpServerIntegrationBody",
    "UpdateMcpServerIntegrationResponse200",
    "UpdateMemoryBody",
    "UpdateMemoryResponse200",
    "UpdateMessengerIntegrationBody",
    "UpdateMessengerIntegrationResponse200",
    "UpdateMicrosoftteamsIntegrationBody",
    "UpdateMicrosoftteamsIntegrationResponse200",
    "UpdateNotionIntegrationBody",
    "UpdateNotionIntegrationResponse200",
    "UpdatePartnerUserBody",
    "UpdatePartnerUserContextBody",
    "UpdatePartnerUserContextBodyPayload",
    "UpdatePartnerUserContextResponse200",
    "UpdatePartnerUserResponse200",
    "UpdatePartnerUserTokenBody",
    "UpdatePartnerUserTokenBodyConfig",
    "UpdatePartnerUserTokenBodyMeta",
    "UpdatePartnerUserTokenResponse200",
    "UpdatePolicyBody",
    "UpdatePolicyBodyConfig",
    "UpdatePolicyResponse200",
    "UpdatePortalBody",
    "UpdatePortalBodyConfig",
    "UpdatePortalResponse200",
    "UpdateSecretBody",
    "UpdateSecretBodyConfig",
    "UpdateSecretResponse200",
    "UpdateSitemapIntegrationBody",
    "UpdateSitemapIntegrationResponse200",
    "UpdateSkillServerIntegrationBody",
    "UpdateSkillServerIntegrationResponse200",
    "UpdateSkillsetAbilityBody",
    "UpdateSkillsetAbilityResponse200",
    "UpdateSkillsetBody",
    "UpdateSkillsetResponse200",
    "UpdateSlackIntegrationBody",
    "UpdateSlackIntegrationResponse200",
    "UpdateSpaceBody",
    "UpdateSpaceResponse200",
    "UpdateSpaceSiteBody",
    "UpdateSpaceSiteResponse200",
    "UpdateSupportIntegrationBody",
    "UpdateSupportIntegrationResponse200",
    "UpdateTaskBody",
    "UpdateTaskResponse200",
    "UpdateTelegramIntegrationBody",
    "UpdateTelegramIntegrationResponse200",
    "UpdateTriggerIntegrationBody",
    "UpdateTriggerIntegrationResponse200",
    "UpdateTwilioIntegrationBody",
    "UpdateTwilioIntegrationResponse200",
    "UpdateWhatsAppIntegrationBody",
    "UpdateWhatsAppIntegrationResponse200",
    "UpdateWidgetIntegrationBody",
    "UpdateWidgetIntegrationResponse200",
    "UploadConversationAttachmentBodyOption1",
    "UploadConversationAttachmentBodyOption2",
    "UploadConversationAttachmentBodyOption2File",
    "UploadConversationAttachmentFilesBody",
    "UploadConversationAttachmentResponse200",
    "UploadConversationAttachmentResponse200UploadRequest",
    "UploadConversationAttachmentResponse200UploadRequestHeaders",
    "UploadFileBodyOption1",
    "UploadFileBodyOption2",
    "UploadFileBodyOption2File",
    "UploadFileFilesBody",
    "UploadFileResponse200",
    "UploadFileResponse200UploadRequest",
    "UploadFileResponse200UploadRequestHeaders",
    "UploadSpaceStoragePathBodyOption1",
    "UploadSpaceStoragePathBodyOption2",
    "UploadSpaceStoragePathBodyOption2File",
    "UploadSpaceStoragePathBodyOption2FileMeta",
    "UploadSpaceStoragePathFilesBody",
    "UploadSpaceStoragePathResponse200",
    "UploadSpaceStoragePathResponse200UploadRequest",
    "UploadSpaceStoragePathResponse200UploadRequestHeaders",
    "UpsertConversationContactBody",
    "UpsertConversationContactResponse200",
    "UpvoteBotBody",
    "UpvoteBotResponse200",
    "UpvoteConversationBody",
    "UpvoteConversationMessageBody",
    "UpvoteConversationMessageResponse200",
    "UpvoteConversationResponse200",
    "Usage",
    "VerifyContactSecretBody",
    "VerifyContactSecretResponse200",
    "VerifyContactSecretResponse200ActionOption1",
    "VerifyContactSecretResponse200ActionOption1Type",
    "VerifyContactSecretResponse200Status",
    "VerifySecretBody",
    "VerifySecretResponse200",
    "VerifySecretResponse200ActionOption1",
    "VerifySecretResponse200ActionOption1Type",
    "VerifySecretResponse200Status",
)
