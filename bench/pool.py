"""Issue 19.2/19.6 figures on each wire: random cancellations, deadline expiries, 1,000 tasks.

The scenarios of ``tests/hostile/test_hostile.py`` (same loopback raw server, same random
cancellation points), run once per (event loop, wire) and measured instead of asserted:
cancellations done, pool slots stuck afterwards (of 10: requests that never reach a
server-side barrier within 5 s), connections the server accepted, and wall time.

    .venv/bin/python bench/pool.py            # prints a Markdown table
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chatbotkit import AsyncChatBotKit
from tests.hostile._server import Request, response
from tests.hostile.test_hostile import (
    OBJ,
    TOKEN,
    Barrier,
    cancel_at_random,
    expire_deadlines,
    slot_server,
    slow_and_closing,
    slower_than_deadline,
)

RUNS = [("asyncio", "httpcore"), ("trio", "httpcore"), ("asyncio", "aiohttp")]
SLOTS = 10


async def stuck_slots(cbk: AsyncChatBotKit, barrier: Barrier) -> int:
    """Pool slots that cannot serve: of ``barrier.n`` requests, those not in flight within 5 s."""
    cbk = cbk.with_options(deadline=float("inf"), timeout=httpx.Timeout(5.0), max_retries=0)
    with anyio.move_on_after(5):
        async with anyio.create_task_group() as tg:
            for _ in range(barrier.n):
                tg.start_soon(cbk.bot.fetch, "barrier")
    return barrier.n - min(barrier.arrived, barrier.n)


def cancellations(backend: str, wire: str, n: int) -> dict[str, Any]:
    barrier = Barrier(SLOTS)
    with slot_server(slow_and_closing, barrier) as server:

        async def main() -> dict[str, Any]:
            limits = httpx.Limits(max_connections=SLOTS, max_keepalive_connections=SLOTS)
            started = time.perf_counter()
            async with AsyncChatBotKit(
                token=TOKEN,
                base_url=server.url,
                wire=wire,
                max_retries=0,
                limits=limits,
                timeout=httpx.Timeout(5.0),
            ) as cbk:
                done = (await cancel_at_random(cbk, backend, n)).cancelled
                elapsed = time.perf_counter() - started
                return {"done": done, "s": elapsed, "stuck": await stuck_slots(cbk, barrier)}

        result: dict[str, Any] = anyio.run(main, backend=backend)
        return {**result, "accepted": server.accepted, "requests": len(server.requests)}


def deadlines(backend: str, wire: str) -> dict[str, Any]:
    barrier = Barrier(SLOTS)
    with slot_server(slower_than_deadline, barrier) as server:

        async def main() -> dict[str, Any]:
            limits = httpx.Limits(max_connections=SLOTS, max_keepalive_connections=SLOTS)
            async with AsyncChatBotKit(
                token=TOKEN, base_url=server.url, wire=wire, limits=limits, deadline=0.05
            ) as cbk:
                expired = await expire_deadlines(cbk)
                return {"expired": expired, "stuck": await stuck_slots(cbk, barrier)}

        result: dict[str, Any] = anyio.run(main, backend=backend)
        return result


def load(backend: str, wire: str, tasks: int) -> dict[str, Any]:
    async def fast(request: Request) -> bytes | None:
        return response(200, OBJ)

    with slot_server(fast, Barrier(1)) as server:

        async def main() -> dict[str, Any]:
            failed = [0]
            async with AsyncChatBotKit(token=TOKEN, base_url=server.url, wire=wire) as cbk:

                async def call() -> None:
                    try:
                        await cbk.bot.fetch("b1")
                    except Exception:
                        failed[0] += 1

                started = time.perf_counter()
                async with anyio.create_task_group() as tg:
                    for _ in range(tasks):
                        tg.start_soon(call)
                return {"s": time.perf_counter() - started, "failed": failed[0]}

        result: dict[str, Any] = anyio.run(main, backend=backend)
        return {**result, "accepted": server.accepted}


def main() -> None:
    print(
        "| loop, wire | cancellations (s) | stuck slots after | connects | deadline expiries,"
        " stuck after | 1,000 tasks: time, failed, connects |"
    )
    print("|---|---|---|---|---|---|")
    for backend, wire in RUNS:
        n = 10_000 if backend == "asyncio" else 5_000
        c = cancellations(backend, wire, n)
        d = deadlines(backend, wire)
        lo = load(backend, wire, 1000)
        print(
            f"| {backend}, {wire} | {c['done']:,} ({c['s']:.1f} s) | {c['stuck']} of {SLOTS}"
            f" | {c['accepted']:,} | {d['expired']} of 420, {d['stuck']} of {SLOTS}"
            f" | {lo['s']:.2f} s, {lo['failed']}, {lo['accepted']} |",
            flush=True,
        )


if __name__ == "__main__":
    random.seed(0)
    main()
