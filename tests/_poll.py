"""Waiting on a gauge another thread updates (a loopback server's counters, the emulator's
stats), which has no event to await: poll it, bounded, under asyncio or trio."""

from __future__ import annotations

from collections.abc import Callable

import anyio

STEP = 0.01


async def settled(predicate: Callable[[], bool], within: float = 5.0) -> bool:
    """Poll ``predicate`` every 10 ms until it holds, for at most ``within`` seconds."""
    for _ in range(round(within / STEP)):
        if predicate():
            return True
        await anyio.sleep(STEP)
    return predicate()
