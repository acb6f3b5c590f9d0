"""Checked with ``mypy --strict`` by tests/test_typing.py: the namespaces are fully typed."""

from __future__ import annotations

import chatbotkit
from chatbotkit import AsyncPaginator, RawResponse
from chatbotkit_gen.models import (
    Bot,
    BotPage,
    CompleteConversationResult,
    Contact,
    ContactExportPage,
    ConversationCompleteResult,
    ConversationMessagePage,
    IdResult,
)


async def usage() -> None:
    async with chatbotkit.AsyncChatBotKit() as cbk:
        bot: IdResult = await cbk.bot.create(name="Support", visibility="private")
        fetched: Bot = await cbk.bot.fetch("b1")
        paginator: AsyncPaginator[Bot, BotPage] = cbk.bot.list(take=10)
        page: BotPage = await paginator
        async for item in cbk.bot.list(take=100):
            item_id: str = item.id
        async for bots_page in cbk.bot.list(take=100).pages():
            page_items: list[Bot] = bots_page.items
        collected: list[Bot] = await cbk.bot.list(order="asc").collect(limit=5)
        async with cbk.bot.list(meta={"team": "a"}).stream() as streamed:
            async for streamed_bot in streamed:
                streamed_id: str = streamed_bot.id
        exported: AsyncPaginator[Contact, ContactExportPage]
        exported = cbk.contact.export(take=100)
        messages: ConversationMessagePage = await cbk.conversation.message.list("c1", take=10)
        one: ConversationCompleteResult = await cbk.conversation.complete("c1", text="Hi")
        many: CompleteConversationResult = await cbk.conversation.complete(messages=[])
        async with cbk.conversation.complete.stream("c1", text="Hi", auto_continue=2) as events:
            async for event in events:
                print(event)
            async for text in events.text_stream:
                print(text.upper())
            final: ConversationCompleteResult = await events.final()
            print(final.text)
        outcome: chatbotkit.TaskOutcome = await chatbotkit.run_task(cbk, "t1", timeout=60)
        print(outcome.ok)
        data: bytes = await cbk.file.download("f1")
        raw: RawResponse[Bot] = await cbk.with_raw_response(cbk.bot.fetch)("b1")
        parsed: Bot = raw.parse()
        fast = cbk.with_options(timeout=5.0)
        await fast.integration.slack.setup("s1")
        print(page_items, collected, streamed_id, exported, streamed.skipped)
        print(bot, fetched, page, item_id, messages, one, many, data, parsed)
