"""Issue 19: the SDK against servers that misbehave on purpose (raw sockets on 127.0.0.1).

One test per item, each on asyncio and trio; every wait has a safety bound. Server-side
counts (``RawServer.accepted``/``requests``) say what really went over the wire.
"""

from __future__ import annotations

import asyncio
import gc
import json
import pickle
import random
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import httpx
import pytest

from chatbotkit import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AsyncChatBotKit,
    InternalServerError,
    NotAuthenticatedError,
    StreamDecodeError,
    UsageError,
)
from chatbotkit._clock import FakeClock
from tests.hostile._server import Conn, RawServer, Request, chunked, response, serve_forever

BACKENDS = pytest.mark.parametrize("backend", ["asyncio", "trio"])
TOKEN = "tok_hostile_0123456789abcdef"
OBJ = json.dumps({"id": "b1", "name": "x"}).encode()


def run(backend: str, main: Callable[[], Awaitable[Any]]) -> Any:
    return anyio.run(main, backend=backend)


def client(server: RawServer, **kwargs: Any) -> AsyncChatBotKit:
    kwargs.setdefault("max_retries", 0)
    return AsyncChatBotKit(token=TOKEN, base_url=server.url, **kwargs)


def jsonl(*values: Any) -> bytes:
    return b"".join(json.dumps(v).encode() + b"\n" for v in values)


def stream_head(headers: dict[str, str] | None = None) -> bytes:
    """The head of a chunked 200 JSONL response (the body follows in chunks)."""
    fields = {"content-type": "application/jsonl", "transfer-encoding": "chunked", **(headers or {})}
    return response(200, b"", fields)


class Barrier:
    """Requests to ``/bot/barrier/fetch`` are held until ``n`` of them arrived at once: the
    proof that ``n`` pool slots are usable at the same time."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.arrived = 0
        self.event: asyncio.Event | None = None

    async def __call__(self, request: Request) -> bytes | None:
        if self.event is None:
            self.event = asyncio.Event()
        self.arrived += 1
        if self.arrived >= self.n:
            self.event.set()
        await self.event.wait()
        return response(200, OBJ)


async def all_slots_usable(cbk: AsyncChatBotKit, barrier: Barrier) -> None:
    cbk = cbk.with_options(deadline=float("inf"))  # the pool's state, not a deadline, decides
    with anyio.fail_after(10):  # a stuck slot means fewer than n requests ever arrive
        async with anyio.create_task_group() as tg:
            for _ in range(barrier.n):
                tg.start_soon(cbk.bot.fetch, "barrier")


def slot_server(reply: Callable[[Request], Awaitable[bytes | None]], barrier: Barrier) -> RawServer:
    async def handler(conn: Conn) -> None:
        async def route(request: Request) -> bytes | None:
            if "/barrier/" in request.target:
                return await barrier(request)
            return await reply(request)

        await serve_forever(conn, route)

    return RawServer(handler)


# ------------------------------------------------------------------ item 2: pool slots


async def never_answer(request: Request) -> bytes | None:
    await asyncio.sleep(3600)
    return None


@BACKENDS
def test_deadline_ends_an_attempt_by_its_own_timeouts(backend: str) -> None:
    """The deadline shrinks httpx's timeouts (the cause is httpx's ReadTimeout) rather than
    cancelling the attempt from outside."""
    with slot_server(never_answer, Barrier(1)) as server:

        async def main() -> BaseException | None:
            async with client(server, deadline=0.3) as cbk:
                with anyio.fail_after(10), pytest.raises(APITimeoutError, match="Deadline") as info:
                    await cbk.bot.fetch("b1")
                return info.value.__cause__

        assert isinstance(run(backend, main), httpx.ReadTimeout)


async def slow_and_closing(request: Request) -> bytes | None:
    await asyncio.sleep(random.uniform(0.0, 0.004))
    close = random.random() < 0.5  # new connections keep being created and assigned
    return response(200, OBJ, {"connection": "close"} if close else None)


@BACKENDS
def test_cancellations_at_random_points_leave_every_slot_usable(backend: str) -> None:
    """10,000 user cancellations (anyio scopes; on asyncio also Task.cancel and
    asyncio.timeout) at random points of calls, on a 10-connection pool; then 10
    requests must be in flight at once (server-side barrier) and none times out."""
    barrier = Barrier(10)
    cancellations = 10_000 if backend == "asyncio" else 5_000
    with slot_server(slow_and_closing, barrier) as server:

        async def main() -> int:
            limits = httpx.Limits(max_connections=10, max_keepalive_connections=10)
            async with client(server, limits=limits, timeout=httpx.Timeout(5.0)) as cbk:
                done = [0]

                async def one(rng: random.Random) -> None:
                    delay = rng.uniform(0, 0.003)
                    kind = rng.randrange(3) if backend == "asyncio" else 0
                    if kind == 0:
                        with anyio.move_on_after(delay) as scope:
                            await cbk.bot.fetch("b1")
                        done[0] += scope.cancelled_caught
                    elif kind == 1:
                        try:
                            async with asyncio.timeout(delay):
                                await cbk.bot.fetch("b1")
                        except TimeoutError:
                            done[0] += 1
                    else:
                        task = asyncio.ensure_future(cbk.bot.fetch("b1"))
                        await asyncio.sleep(delay)
                        task.cancel()
                        try:
                            await task
                        except asyncio.CancelledError:
                            done[0] += 1

                async def worker(seed: int) -> None:
                    rng = random.Random(seed)
                    while done[0] < cancellations:
                        await one(rng)

                with anyio.fail_after(240):  # safety net only
                    async with anyio.create_task_group() as tg:
                        for seed in range(40):
                            tg.start_soon(worker, seed)
                    await all_slots_usable(cbk, barrier)
                return done[0]

        assert run(backend, main) >= cancellations
        assert barrier.arrived == barrier.n


async def slower_than_deadline(request: Request) -> bytes | None:
    await asyncio.sleep(random.uniform(0.02, 0.08))
    return response(200, OBJ, {"connection": "close"})


@BACKENDS
def test_deadline_expiries_do_not_kill_the_pool(backend: str) -> None:
    """400 calls outliving their 50 ms deadline (30 at a time, 10 connections) leave the
    pool whole: 10 requests in flight at once afterwards."""
    barrier = Barrier(10)
    with slot_server(slower_than_deadline, barrier) as server:

        async def main() -> int:
            limits = httpx.Limits(max_connections=10, max_keepalive_connections=10)
            expired = 0
            async with client(server, limits=limits, deadline=0.05) as cbk:

                async def call() -> None:
                    nonlocal expired
                    try:
                        await cbk.bot.fetch("b1")
                    except APITimeoutError:
                        expired += 1

                with anyio.fail_after(120):
                    for _ in range(400 // 30 + 1):
                        async with anyio.create_task_group() as tg:
                            for _ in range(30):
                                tg.start_soon(call)
                    await all_slots_usable(cbk, barrier)
            return expired

        assert run(backend, main) > 100
