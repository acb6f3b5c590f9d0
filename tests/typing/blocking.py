"""Checked with ``mypy --strict`` by tests/test_typing.py: the blocking client is fully typed."""

from __future__ import annotations

import threading

import chatbotkit
from chatbotkit import BatchResults, EventStream, ItemStream, Paginator, RawResponse
from chatbotkit_gen.models import (
    Bot,
    BotPage,
    CompleteConversationResult,
    ConversationCompleteResult,
    ConversationMessagePage,
    IdResult,
)


def usage() -> None:
    with chatbotkit.ChatBotKit(max_retries=2) as cbk:
        bot: IdResult = cbk.bot.create(name="Support", visibility="private")
        fetched: Bot = cbk.bot.fetch(bot.id)
        bots: Paginator[Bot, BotPage] = cbk.bot.list(take=10)
        page: BotPage = bots.page
        first: list[Bot] = bots.items
        for item in cbk.bot.list(take=100):
            item_id: str = item.id
        for bots_page in cbk.bot.list().pages():
            page_items: list[Bot] = bots_page.items
        collected: list[Bot] = cbk.bot.list(order="asc").collect(limit=5)
        streamed: ItemStream[Bot]
        with cbk.bot.list().stream() as streamed:
            for streamed_bot in streamed:
                streamed_id: str = streamed_bot.id
        messages: ConversationMessagePage = cbk.conversation.message.list("c1", take=10).page
        one: ConversationCompleteResult = cbk.conversation.complete("c1", text="Hi")
        many: CompleteConversationResult = cbk.conversation.complete(messages=[])
        with cbk.conversation.complete.stream("c1", text="Hi", auto_continue=2) as events:
            for event in events:
                print(event)
            for text in events.text_stream:
                print(text.upper())
            final: ConversationCompleteResult = events.final()
            print(final.text)
        kind: type[EventStream[object, object]] = EventStream
        data: bytes = cbk.file.download("f1")
        raw: RawResponse[Bot] = cbk.with_raw_response(cbk.bot.fetch)("b1")
        status: int = raw.status_code

        def rename(client: chatbotkit.ChatBotKit, bot_id: str) -> str:
            return client.bot.update(bot_id, name="renamed").id

        results: BatchResults[str, str] = cbk.batch(["b1", "b2"], rename, concurrency=4)
        ids: list[str] = results.values()
        as_done: chatbotkit.BatchStream[str, str] = cbk.batch_stream(["b1"], rename)
        with as_done as finished:
            for done in finished:
                done_value: str | None = done.value
                print(done.index, done_value, as_done.progress.done)
        task_run: chatbotkit.TaskOutcome = cbk.run_task("t1", timeout=60, on_event=print)
        followed: chatbotkit.TaskOutcome = cbk.follow_task("t1", history_length=10)
        print(task_run.ok, followed.events)
        with cbk.as_user("child") as child:
            child_bot: Bot = child.bot.fetch("b1")
        with cbk.run_as("child"):
            cbk.bot.fetch("b1")
        slow: chatbotkit.ChatBotKit = cbk.with_options(timeout=120, deadline=300)
        async_client: chatbotkit.AsyncChatBotKit = cbk.async_client
        threading.Thread(target=lambda: cbk.bot.fetch("b1")).start()
        with cbk.agent.execute(messages=[{"type": "user", "text": "Hi"}]) as run:
            for agent_event in run:
                print(agent_event)
            outcome: chatbotkit.AgentOutcome = run.final()
        print(bot, fetched, page, first, item_id, page_items, collected, streamed_id, messages)
        print(one, many, kind, data, status, ids, child_bot, slow, async_client, outcome)
