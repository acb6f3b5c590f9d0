"""mypy --strict must reject each marked line: a tool keeps its function's signature."""

from __future__ import annotations

import chatbotkit


@chatbotkit.tool
async def lookup(order_id: str, limit: int = 5) -> str:
    """Look up an order."""
    return order_id


async def wrong() -> None:
    await lookup(17)  # line 15: an int for a str
    await lookup("A", limit="x")  # line 16: a str for an int
    n: int = await lookup("A")  # noqa: F841  (line 17: returns str)
