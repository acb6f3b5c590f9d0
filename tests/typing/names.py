"""Checked with ``mypy --strict`` by tests/test_typing.py: the names a user would guess."""

from __future__ import annotations

import chatbotkit
from chatbotkit.models import Bot, BotPage, Conversation, ConversationCompleteEvent, IdResult


def describe(bot: Bot) -> str:
    """A helper that takes a bot: annotated with the resource's own name."""
    return f"{bot.id}: {bot.name}"


async def names() -> None:
    async with chatbotkit.AsyncChatBotKit() as cbk:
        created: IdResult = await cbk.bot.create(name="Support")
        bot: Bot = await cbk.bot.fetch(created.id)
        print(describe(bot))
        page: BotPage = await cbk.bot.list(take=10)
        listed: list[Bot] = page.items  # a list item identical to the fetch result is a Bot
        convo: Conversation = await cbk.conversation.fetch("c1")
        print(listed, convo.id)
        async with cbk.conversation.complete.stream(convo.id, text="Hi") as events:
            async for event in events:
                named: ConversationCompleteEvent = event  # the stream's exported union
                print(named)
                # mypy narrows a union by a Literal tag only when every member has one:
                # an UnknownEvent (type: str | None) is set aside first.
                if isinstance(event, chatbotkit.UnknownEvent):
                    unknown_type: str | None = event.type
                    print(unknown_type)
                elif event.type == "token":
                    token: str = event.data.token
                    print(token)
                elif event.type == "result":
                    end: str = event.data.end.reason
                    print(end)
