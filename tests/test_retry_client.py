"""Retries through AsyncChatBotKit: options, Retry-After, safety rules, deadline, cancellation."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime, timezone
from email.utils import format_datetime
from typing import Any

import anyio
import httpx
import pytest

from chatbotkit import (
    APIConnectionError,
    APITimeoutError,
    AsyncChatBotKit,
    ConfigurationError,
    InternalServerError,
    LimitsReachedError,
    RateLimitError,
    RetryPolicy,
    TooManyRequestsError,
)
from chatbotkit._clock import SYSTEM_CLOCK, FakeClock
from tests import _mock

TOKEN = "tok_secret_abcdef0123456789"
Reply = httpx.Response | type[httpx.TransportError] | Callable[[], Awaitable[httpx.Response]]


class Server:
    """A MockTransport handler answering from a script (the last entry repeats)."""

    def __init__(self, *replies: Reply) -> None:
        self.replies = replies
        self.requests: list[httpx.Request] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if isinstance(reply, type):
            raise reply("scripted failure", request=request)
        if callable(reply):
            return await reply()
        return reply

    @property
    def count(self) -> int:
        return len(self.requests)


def make_client(server: Server, clock: Any = None, **kwargs: Any) -> AsyncChatBotKit:
    return AsyncChatBotKit(
        token=TOKEN,
        transport=httpx.MockTransport(server),
        clock=clock if clock is not None else FakeClock(),
        **kwargs,
    )


def error(status: int, code: str | None = None, **headers: str) -> httpx.Response:
    body = {"message": "no", **({"code": code} if code else {})}
    return httpx.Response(status, json=body, headers=headers)


OK = httpx.Response(200, json={"id": "b1"})


# ------------------------------------------------------------------------------ backoff


async def test_backoff_sequence_is_capped_and_attempts_reported() -> None:
    clock = FakeClock()
    server = Server(error(503))
    cbk = make_client(server, clock, max_retries=5, initial_delay=1, max_delay=4, jitter=0)
    with pytest.raises(InternalServerError) as info:
        await cbk.bot.fetch("b1")
    assert clock.sleeps == [1, 2, 4, 4, 4]
    assert server.count == 6
    assert info.value.attempts == 6
    assert "after 6 attempts" in str(info.value)
    assert "max_retries=5" in (info.value.give_up_reason or "")


async def test_jitter_stays_below_the_backoff() -> None:
    clock = FakeClock()
    cbk = make_client(Server(error(503)), clock, max_retries=4, initial_delay=1, jitter=0.5)
    with pytest.raises(InternalServerError):
        await cbk.bot.fetch("b1")
    for sleep, base in zip(clock.sleeps, [1, 2, 4, 8], strict=True):
        assert base * 0.5 <= sleep <= base


async def test_with_options_per_call_and_constructor_symmetry() -> None:
    clock = FakeClock()
    server = Server(error(503))
    cbk = make_client(server, clock, max_retries=1, initial_delay=3, jitter=0)
    assert cbk.retry_policy == RetryPolicy(max_retries=1, initial_delay=3, jitter=0)
    fast = cbk.with_options(max_retries=3, initial_delay=0.25, max_delay=0.5)
    assert fast.retry_policy == RetryPolicy(
        max_retries=3, initial_delay=0.25, max_delay=0.5, jitter=0
    )
    with pytest.raises(InternalServerError):
        await fast.bot.fetch("b1")
    assert clock.sleeps == [0.25, 0.5, 0.5]
    clock.sleeps.clear()
    with pytest.raises(InternalServerError):
        await cbk.bot.fetch("b1")  # the original client is unchanged
    assert clock.sleeps == [3]
    policy = RetryPolicy(max_retries=7, retry_limits_reached=True)
    derived = cbk.with_options(retry_policy=policy, jitter=0.1)
    assert derived.retry_policy == RetryPolicy(max_retries=7, retry_limits_reached=True, jitter=0.1)
    with pytest.raises(ValueError, match="jitter"):
        cbk.with_options(jitter=2)


# ------------------------------------------------------------------------------ Retry-After


def http_date(epoch: float) -> str:
    return format_datetime(datetime.fromtimestamp(epoch, tz=timezone.utc), usegmt=True)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),
        ({"Retry-After": http_date(FakeClock().epoch + 6)}, 6.0),
        ({"Retry-After": "120"}, 8.0),  # capped at max_delay, default 8
        ({"Retry-After": "soon"}, 0.5),  # unparseable: plain backoff
    ],
)
async def test_retry_after_forms(headers: dict[str, str], expected: float) -> None:
    clock = FakeClock()
    server = Server(error(429, "TOO_MANY_REQUESTS", **headers), OK)
    cbk = make_client(server, clock, jitter=0)
    bot = await cbk.bot.fetch("b1")
    assert bot.id == "b1"
    assert clock.sleeps == [pytest.approx(expected)]
    assert server.count == 2


async def test_post_retried_after_429() -> None:
    server = Server(error(429, "TOO_MANY_REQUESTS", **{"Retry-After": "0"}), OK)
    cbk = make_client(server)
    await cbk.bot.create(name="x")
    assert server.count == 2
    assert [json.loads(r.content) for r in server.requests] == [{"name": "x"}] * 2


# ------------------------------------------------------------------------------ what is retried


@pytest.mark.parametrize(
    ("code", "opt_in", "exc"),
    [
        ("LIMITS_REACHED", RetryPolicy(retry_limits_reached=True), LimitsReachedError),
        ("DISCORD_TOO_MANY_REQUESTS", RetryPolicy(retry_scoped={"DISCORD"}), RateLimitError),
        ("SLACK_TOO_MANY_REQUESTS", RetryPolicy(retry_scoped=True), RateLimitError),
    ],
)
async def test_plan_and_scoped_limits_need_opt_in(
    code: str, opt_in: RetryPolicy, exc: type[Exception]
) -> None:
    limited = error(429, code, **{"Retry-After": "1"})
    server = Server(limited, limited, OK)
    cbk = make_client(server)
    with pytest.raises(exc) as info:
        await cbk.bot.fetch("b1")
    assert server.count == 1 and info.value.code == code  # type: ignore[attr-defined]
    assert (await cbk.with_options(retry_policy=opt_in).bot.fetch("b1")).id == "b1"
    assert server.count == 3


async def test_post_not_retried_after_500_but_get_is() -> None:
    server = Server(error(500, "INTERNAL_SERVER_ERROR"), OK)
    with pytest.raises(InternalServerError) as info:
        await make_client(server).bot.create(name="x")
    assert server.count == 1 and info.value.attempts == 1
    server = Server(error(500, "INTERNAL_SERVER_ERROR"), OK)
    assert (await make_client(server).bot.fetch("b1")).id == "b1"
    assert server.count == 2
    server = Server(error(500), OK)
    cbk = make_client(server, retry_policy=RetryPolicy(retry_unsafe=True))
    await cbk.bot.create(name="x")
    assert server.count == 2


async def test_post_retried_after_connect_error_not_after_read_error() -> None:
    server = Server(httpx.ConnectError, httpx.ConnectTimeout, OK)
    cbk = make_client(server)
    assert (await cbk.bot.create(name="x")).id == "b1"
    assert server.count == 3
    server = Server(httpx.ReadError, OK)
    cbk = make_client(server)
    with pytest.raises(APIConnectionError) as info:
        await cbk.bot.create(name="x")
    assert server.count == 1 and info.value.phase == "read"


async def test_each_retry_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    server = Server(error(429, "TOO_MANY_REQUESTS", **{"retry-after-ms": "40"}), OK)
    with caplog.at_level(logging.INFO, logger="chatbotkit"):
        await make_client(server).bot.create(name="x")
    retries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Retrying")]
    assert len(retries) == 1
    assert "POST" in retries[0] and "0.04s" in retries[0] and "attempt 1 of 3" in retries[0]
    assert "429 TOO_MANY_REQUESTS" in retries[0] and TOKEN not in caplog.text


# ------------------------------------------------------------------------------ deadline


async def test_deadline_stops_the_backoff() -> None:
    clock = FakeClock()
    server = Server(error(503))
    cbk = make_client(server, clock, max_retries=10, initial_delay=1, jitter=0, deadline=3)
    with pytest.raises(InternalServerError) as info:
        await cbk.bot.fetch("b1")
    # t=0 fail, sleep 1; t=1 fail, sleep 2 (ends at 3, allowed); t=3 fail, 4 more would pass 3
    assert clock.sleeps == [1, 2]
    assert info.value.attempts == 3
    assert "deadline" in (info.value.give_up_reason or "")
    clock.sleeps.clear()
    with pytest.raises(InternalServerError):  # per call: a longer budget
        await cbk.with_options(deadline=100).bot.fetch("b1")
    assert clock.sleeps == [1, 2, 4, 8, 8, 8, 8, 8, 8, 8]


async def test_deadline_bounds_the_attempt_in_flight() -> None:
    # A real-time bound (no fake clock can interrupt a hung transport): 50 ms.
    async def hang() -> httpx.Response:
        await anyio.sleep_forever()
        raise AssertionError("unreachable")

    server = Server(error(503), hang)
    cbk = make_client(server, deadline=0.05, initial_delay=0)
    with anyio.fail_after(30):  # a safety net only: a regression fails instead of hanging
        with pytest.raises(APITimeoutError, match=r"Deadline of 0\.05s exceeded") as info:
            await cbk.bot.fetch("b1")
    assert server.count == 2 and info.value.attempts == 2
    assert info.value.give_up_reason == "deadline exceeded during an attempt"


def test_deadline_validation() -> None:
    with pytest.raises(ConfigurationError):
        make_client(Server(OK), deadline=0)
    assert make_client(Server(OK), deadline=5).with_options(deadline=float("inf")).deadline is None


# ------------------------------------------------------------------------------ cancellation


class SignallingClock:
    """The system clock, announcing each backoff sleep (real sleeps: cancellation must cut them)."""

    def __init__(self) -> None:
        self.sleeping = anyio.Event()

    def now(self) -> float:
        return SYSTEM_CLOCK.now()

    def wall(self) -> float:
        return SYSTEM_CLOCK.wall()

    async def sleep(self, seconds: float) -> None:
        self.sleeping.set()
        await anyio.sleep(seconds)


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_cancel_during_backoff_through_the_client(backend: str) -> None:
    server = Server(error(429, "TOO_MANY_REQUESTS", **{"Retry-After": "3600"}))

    async def main() -> bool:
        clock = SignallingClock()
        cbk = make_client(server, clock, max_delay=3600)
        scope = anyio.CancelScope()

        async def call() -> None:
            with scope:
                await cbk.bot.create(name="x")

        with anyio.fail_after(30):  # safety net only
            async with anyio.create_task_group() as tg:
                tg.start_soon(call)
                await clock.sleeping.wait()
                scope.cancel()
            await cbk.close()
        return scope.cancelled_caught

    assert anyio.run(main, backend=backend) is True
    assert server.count == 1


async def test_asyncio_task_cancel_during_backoff() -> None:
    server = Server(httpx.ConnectError)
    clock = SignallingClock()
    cbk = make_client(server, clock, initial_delay=3600, max_delay=3600)
    task = asyncio.create_task(cbk.bot.create(name="x"))
    await asyncio.wait_for(clock.sleeping.wait(), 30)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert server.count == 1


# ------------------------------------------------------------------------------ streams

JSONL = b'{"type":"token","data":{"token":"Hel"}}\n{"type":"result","data":{"text":"Hel"}}\n'


class BreakingBody(httpx.AsyncByteStream):
    """One JSONL line, then the connection drops."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield JSONL.splitlines(keepends=True)[0]
        raise httpx.ReadError("connection reset")


async def test_stream_opening_retried_on_429_before_the_first_event() -> None:
    clock = FakeClock()
    server = Server(
        error(429, "TOO_MANY_REQUESTS", **{"Retry-After": "2"}),
        httpx.Response(200, content=JSONL, headers={"content-type": "application/jsonl"}),
    )
    cbk = make_client(server, clock)
    async with cbk.conversation.complete.stream("c1", text="Hi") as events:
        received = [event async for event in events]
    assert len(received) == 2 and clock.sleeps == [2]
    assert server.count == 2
    assert [json.loads(r.content) for r in server.requests] == [{"text": "Hi"}] * 2


async def test_stream_not_retried_once_events_reached_the_caller() -> None:
    server = Server(httpx.Response(200, stream=BreakingBody()), OK)
    cbk = make_client(server)
    received = []
    with pytest.raises(APIConnectionError):
        async with cbk.conversation.complete.stream("c1", text="Hi") as events:
            async for event in events:
                received.append(event)
    assert len(received) == 1
    assert server.count == 1


async def test_stream_open_gives_up_with_the_attempt_count() -> None:
    server = Server(error(429, "TOO_MANY_REQUESTS", **{"Retry-After": "0"}))
    cbk = make_client(server, max_retries=1)
    with pytest.raises(TooManyRequestsError) as info:
        async with cbk.conversation.complete.stream("c1", text="Hi"):
            pass
    assert server.count == 2 and info.value.attempts == 2


# -- through a mock transport


async def test_retry_after_429_then_success() -> None:
    clock = FakeClock()
    seen, handler = _mock.recorder(
        httpx.Response(429, json={"code": "TOO_MANY_REQUESTS"}, headers={"retry-after": "0.01"}),
        httpx.Response(200, json={"id": "b1", "name": "ok"}),
    )
    async with _mock.client(handler, clock=clock) as cbk:
        bot = await cbk.bot.fetch("b1")
    assert bot.id == "b1" and len(seen) == 2 and clock.sleeps == [0.01]
