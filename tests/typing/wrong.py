"""Must FAIL ``mypy --strict``: tests/test_typing.py checks each error is reported."""

from __future__ import annotations

import chatbotkit


async def wrong() -> None:
    cbk = chatbotkit.AsyncChatBotKit()
    await cbk.bot.fetch(123)  # E: int is not a bot id
    await cbk.bot.create(nmae="typo")  # E: unknown keyword
    await cbk.bot.fetch(bot_id="b1")  # E: path parameters are positional-only
    cbk.conversation.complete.stream(messages=[], auto_continue=2)  # E: stateless: no continuing
    async with cbk.conversation.complete.stream("c1", text="Hi") as events:
        async for event in events:
            if not isinstance(event, chatbotkit.UnknownEvent) and event.type == "result":
                print(event.data.token)  # E: a result event has no token
