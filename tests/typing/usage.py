"""Checked with ``mypy --strict`` by tests/test_typing.py: the namespaces are fully typed."""

from __future__ import annotations

import chatbotkit
from chatbotkit import AsyncPaginator, RawResponse
from chatbotkit_gen.models import (
    BotListItem,
    CompleteConversationMessageResult,
    CompleteConversationResult,
    CreateBotResponse200,
    FetchBotResponse200,
    ListBotsResponse200,
    ListConversationMessagesResponse200,
)


async def usage() -> None:
    async with chatbotkit.AsyncChatBotKit() as cbk:
        bot: CreateBotResponse200 = await cbk.bot.create(name="Support", visibility="private")
        fetched: FetchBotResponse200 = await cbk.bot.fetch("b1")
        paginator: AsyncPaginator[BotListItem, ListBotsResponse200] = cbk.bot.list(take=10)
        page: ListBotsResponse200 = await paginator
        async for item in cbk.bot.list(take=100):
            item_id: str = item.id
        messages: ListConversationMessagesResponse200 = await cbk.conversation.message.list(
            "c1", take=10
        )
        one: CompleteConversationMessageResult = await cbk.conversation.complete("c1", text="Hi")
        many: CompleteConversationResult = await cbk.conversation.complete(messages=[])
        async with cbk.conversation.complete.stream("c1", text="Hi") as events:
            async for event in events:
                print(event)
        data: bytes = await cbk.file.download("f1")
        raw: RawResponse[FetchBotResponse200] = await cbk.with_raw_response(cbk.bot.fetch)("b1")
        parsed: FetchBotResponse200 = raw.parse()
        fast = cbk.with_options(timeout=5.0)
        await fast.integration.slack.setup("s1")
        print(bot, fetched, page, item_id, messages, one, many, data, parsed)
