"""mypy --strict: a decorated tool keeps its signature; an agent run's events and outcome are typed."""

from __future__ import annotations

from typing import Any

from typing_extensions import assert_type

import chatbotkit


@chatbotkit.tool
async def lookup(order_id: str, limit: int = 5) -> dict[str, Any]:
    """Look up an order."""
    return {"id": order_id, "limit": limit}


@chatbotkit.tool(mode="activity", timeout=5.0)
def weather(city: str) -> str:
    """The weather in a city."""
    return city


policy = chatbotkit.Tool.static("policy", "The refund policy", {"days": 30})
renamed = chatbotkit.tool(len, name="length", description="The length of a list.")


async def use(cbk: chatbotkit.AsyncChatBotKit) -> tuple[int, str]:
    assert_type(await lookup("A17", limit=2), dict[str, Any])
    assert_type(weather("Oslo"), str)
    assert_type(lookup.name, str)
    assert_type(renamed([1, 2]), int)
    async with cbk.agent.execute(
        messages=[{"type": "user", "text": "Where is order A17?"}],
        tools=[lookup, weather, policy],
        max_iterations=5,
    ) as run:
        async for event in run:
            if isinstance(event, chatbotkit.ToolCallEnd):
                assert_type(event.duration, float)
            elif isinstance(event, chatbotkit.ToolCallError):
                assert_type(event.error, str)
        outcome = await run.final()
    assert_type(outcome, chatbotkit.AgentOutcome)
    async with cbk.agent.complete("conversation-id", text="hi", tools=[lookup]) as one:
        assert_type(await one.final(), chatbotkit.AgentOutcome)
    return outcome.exit_code, outcome.text
