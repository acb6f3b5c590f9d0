"""Checked with ``mypy --strict`` by tests/test_typing.py: the namespaces are fully typed."""

from __future__ import annotations

import chatbotkit
from chatbotkit import AsyncPaginator, RawResponse
from chatbotkit_gen.models import (
    BotListItem,
    CompleteConversationMessageResult,
    CompleteConversationResult,
    ContactExportItem,
    CreateBotResponse200,
    ExportContactsResponse200,
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
        async for bots_page in cbk.bot.list(take=100).pages():
            page_items: list[BotListItem] = bots_page.items
        collected: list[BotListItem] = await cbk.bot.list(order="asc").collect(limit=5)
        async with cbk.bot.list(meta={"team": "a"}).stream() as streamed:
            async for streamed_bot in streamed:
                streamed_id: str = streamed_bot.id
        exported: AsyncPaginator[ContactExportItem, ExportContactsResponse200]
        exported = cbk.contact.export(take=100)
        messages: ListConversationMessagesResponse200 = await cbk.conversation.message.list(
            "c1", take=10
        )
        one: CompleteConversationMessageResult = await cbk.conversation.complete("c1", text="Hi")
        many: CompleteConversationResult = await cbk.conversation.complete(messages=[])
        async with cbk.conversation.complete.stream("c1", text="Hi", auto_continue=2) as events:
            async for event in events:
                print(event)
            async for text in events.text_stream:
                print(text.upper())
            final: CompleteConversationMessageResult = await events.final()
            print(final.text)
        outcome: chatbotkit.TaskOutcome = await chatbotkit.run_task(cbk, "t1", timeout=60)
        print(outcome.ok)
        data: bytes = await cbk.file.download("f1")
        raw: RawResponse[FetchBotResponse200] = await cbk.with_raw_response(cbk.bot.fetch)("b1")
        parsed: FetchBotResponse200 = raw.parse()
        fast = cbk.with_options(timeout=5.0)
        await fast.integration.slack.setup("s1")
        print(page_items, collected, streamed_id, exported, streamed.skipped)
        print(bot, fetched, page, item_id, messages, one, many, data, parsed)
