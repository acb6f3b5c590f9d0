"""The chatbotkit demo: one tour of the SDK, end to end (``make demo``).

Without ``CHATBOTKIT_API_TOKEN`` it starts the local emulator on loopback
(``chatbotkit.emulator``) and runs against it; with a token it runs the same steps against
the real API (``CHATBOTKIT_API_BASE_URL`` overrides the address) and deletes what it made.

Steps: create a bot and a conversation, stream a completion token by token, page through
a list, let an agent call two Python tools, run a background task and follow its events,
upload and download a file, and work as a sub-account.
"""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

import anyio

import chatbotkit
from chatbotkit.models import CompleteTokenEvent, ConversationCompleteResultEvent


def say(text: str) -> None:
    print(f"\n== {text}", flush=True)


async def tour(cbk: chatbotkit.AsyncChatBotKit) -> None:
    say("Create a bot and a conversation")
    bot = await cbk.bot.create(name="Demo support bot", backstory="You help people with the SDK.")
    convo = await cbk.conversation.create(bot_id=bot.id)
    print(f"bot {bot.id}, conversation {convo.id}")
    try:
        await stream_completion(cbk, convo.id)
        await paginate(cbk, convo.id)
        await agent_with_tools(cbk, bot.id)
        await follow_task(cbk, bot.id)
        await upload_and_download(cbk)
        await sub_account(cbk)
    finally:
        say("Clean up")
        await cbk.conversation.delete(convo.id)
        await cbk.bot.delete(bot.id)
        print("deleted the conversation and the bot")


async def stream_completion(cbk: chatbotkit.AsyncChatBotKit, convo_id: str) -> None:
    say("Stream a completion token by token")
    print("> Hello! What can you do?")
    async with cbk.conversation.complete.stream(convo_id, text="Hello! What can you do?") as stream:
        async for event in stream:
            if isinstance(event, CompleteTokenEvent):
                print(event.data.token, end="", flush=True)
            elif isinstance(event, ConversationCompleteResultEvent):
                print(f"\n[{event.data.usage.token} tokens, ended by {event.data.end.reason}]")


async def paginate(cbk: chatbotkit.AsyncChatBotKit, convo_id: str) -> None:
    say("Page through the conversation's messages, two at a time")
    for text in ("Tell me more.", "Thanks!"):
        await cbk.conversation.complete(convo_id, text=text)
    page_number = 0
    async for message in cbk.conversation.message.list(convo_id, take=2, order="asc"):
        page_number += 1
        print(f"{page_number:2}. {message.type:>4}: {message.text[:60]}")


@chatbotkit.tool
async def order_status(order_id: str) -> dict[str, str]:
    """The shipping status of an order.

    Args:
        order_id: The order's id, such as A17.
    """
    return {"order": order_id, "status": "shipped", "carrier": "DHL"}


@chatbotkit.tool(mode="activity")  # answered as an activity message, after the reply ends
def shipping_quote(city: str, express: bool = False) -> dict[str, object]:
    """A shipping quote to a city."""
    return {"city": city, "days": 1 if express else 3, "price_eur": 19 if express else 7}


async def agent_with_tools(cbk: chatbotkit.AsyncChatBotKit, bot_id: str) -> None:
    say("An agent calls two Python tools (order_status: channel, shipping_quote: activity)")
    question = "What is the order_status of order_id=A17, and a shipping_quote to city=Oslo?"
    print(f"> {question}")
    async with cbk.agent.execute(
        bot_id=bot_id,
        messages=[{"type": "user", "text": question}],
        tools=[order_status, shipping_quote],
        max_iterations=5,
    ) as run:
        async for event in run:
            if isinstance(event, chatbotkit.ToolCallStart):
                print(f"calling {event.name}({event.arguments})")
            elif isinstance(event, chatbotkit.ToolCallEnd):
                print(f"{event.name} returned {event.result} in {event.duration * 1000:.0f} ms")
            elif isinstance(event, chatbotkit.ToolCallError):
                print(f"{event.name} failed: {event.error}")
            elif isinstance(event, chatbotkit.AgentOutcome):
                print(f"answer: {event.text}")
                print(
                    f"[{event.iterations} completions, {event.calls} tool calls,"
                    f" {event.usage:g} tokens, exit code {event.exit_code}]"
                )


async def follow_task(cbk: chatbotkit.AsyncChatBotKit, bot_id: str) -> None:
    say("Run a background task and follow its events")
    task = await cbk.task.create(name="Demo nightly summary", bot_id=bot_id)
    await cbk.task.trigger(task.id)
    async with cbk.task.subscribe.stream(task.id) as events:
        async for event in events:
            print(f"task event: {type(event).__name__}")
    await cbk.task.delete(task.id)


async def upload_and_download(cbk: chatbotkit.AsyncChatBotKit) -> None:
    say("Upload a file in two steps, then download it")
    content = b"".join(b"line %d of the demo notes\n" % i for i in range(1000))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo-notes.txt"
        path.write_bytes(content)
        file = await cbk.file.create(name="Demo notes")
        await cbk.file.upload(file.id, path)  # announced, then streamed where step 1 says
    try:
        data = await cbk.file.download(file.id)
        print(f"uploaded {len(content)} bytes, downloaded {len(data)}: same: {data == content}")
        streamed = 0
        async with cbk.file.download.stream(file.id) as chunks:
            async for chunk in chunks:
                streamed += len(chunk)
        print(f"streamed {streamed} bytes")
    finally:
        await cbk.file.delete(file.id)


async def sub_account(cbk: chatbotkit.AsyncChatBotKit) -> None:
    say("Work as a sub-account (Partner API)")
    try:
        child = await cbk.partner.user.create(name="Demo customer")
    except chatbotkit.NotAuthorizedError:
        print("skipped: this token has no partner rights")
        return
    try:
        async with cbk.as_user(child.id) as sub:  # every request: X-RunAs-UserId: <child>
            bot = await sub.bot.create(name="Customer bot")
            theirs = [b.id async for b in sub.bot.list()]
        mine = [b.id async for b in cbk.bot.list()]
        print(f"child {child.id} has bots {theirs}; the parent's list has it: {bot.id in mine}")
    finally:
        await cbk.partner.user.delete(child.id)


async def main(base_url: str | None, token: str | None) -> None:
    async with chatbotkit.AsyncChatBotKit(token=token, base_url=base_url) as cbk:
        await tour(cbk)
    say("Done")


def run() -> int:
    with ExitStack() as stack:
        if os.environ.get("CHATBOTKIT_API_TOKEN"):
            print("Running against the ChatBotKit API (CHATBOTKIT_API_TOKEN is set).")
            base_url, token = None, None
        else:
            from chatbotkit.emulator import run_emulator_server

            server = stack.enter_context(run_emulator_server(token_delay=0.02))
            base_url, token = server.base_url, server.token
            print(f"No CHATBOTKIT_API_TOKEN: running against the local emulator at {base_url}.")
        anyio.run(main, base_url, token)
    return 0


if __name__ == "__main__":
    sys.exit(run())
