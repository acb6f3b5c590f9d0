"""Issue 19: the SDK against servers that misbehave on purpose (raw sockets on 127.0.0.1).

One test per item, each on asyncio and trio; every wait has a safety bound. Server-side
counts (``RawServer.accepted``/``requests``) say what really went over the wire.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import pickle
import random
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import attrs
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
from tests._poll import settled
from tests.hostile._server import (
    Conn,
    RawServer,
    Request,
    chunked,
    response,
    serve_forever,
)

BACKENDS = pytest.mark.parametrize("backend", ["asyncio", "trio"])
WIRES = pytest.mark.parametrize(
    ("backend", "wire"),
    [
        ("asyncio", "httpcore"),
        ("trio", "httpcore"),
        ("asyncio", "aiohttp"),
    ],
)
"""Pool and load tests run on both wires (aiohttp: asyncio only)."""
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
    fields = {
        "content-type": "application/jsonl",
        "transfer-encoding": "chunked",
        **(headers or {}),
    }
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


@WIRES
def test_deadline_ends_an_attempt_by_its_own_timeouts(backend: str, wire: str) -> None:
    """The deadline shrinks httpx's timeouts (the cause is httpx's ReadTimeout) rather than
    cancelling the attempt from outside."""
    with slot_server(never_answer, Barrier(1)) as server:

        async def main() -> BaseException | None:
            async with client(server, wire=wire, deadline=0.3) as cbk:
                with anyio.fail_after(10), pytest.raises(APITimeoutError, match="Deadline") as info:
                    await cbk.bot.fetch("b1")
                return info.value.__cause__

        assert isinstance(run(backend, main), httpx.ReadTimeout)


async def slow_and_closing(request: Request) -> bytes | None:
    await asyncio.sleep(random.uniform(0.0, 0.01))
    close = random.random() < 0.5  # new connections keep being created and assigned
    return response(200, OBJ, {"connection": "close"} if close else None)


@attrs.define
class Cancelled:
    """What :func:`cancel_at_random` did: calls cancelled, and calls that completed."""

    cancelled: int = 0
    completed: int = 0


async def cancel_at_random(cbk: AsyncChatBotKit, backend: str, cancellations: int) -> Cancelled:
    """Cancel calls at random points (anyio scopes; on asyncio also ``Task.cancel`` and
    ``asyncio.timeout``) from 20 tasks until ``cancellations`` were done.

    The points are uniform over a span that adapts to the machine (shorter after a call
    completes, longer after a cancel): about one call in six completes, so the points cover
    every phase of a call (queued, connecting, sending, waiting, reading, closing)."""
    done, span = Cancelled(), [0.005]

    async def one(rng: random.Random) -> None:
        delay = rng.uniform(0, span[0])
        kind = rng.randrange(3) if backend == "asyncio" else 0
        completed = False
        if kind == 0:
            with anyio.move_on_after(delay):
                await cbk.bot.fetch("b1")
                completed = True
        elif kind == 1:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(delay):
                    await cbk.bot.fetch("b1")
                    completed = True
        else:
            task = asyncio.ensure_future(cbk.bot.fetch("b1"))
            await asyncio.sleep(delay)
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
                completed = True
        if completed:
            done.completed += 1
            span[0] *= 0.9
        else:
            done.cancelled += 1
            span[0] *= 1.02

    async def worker(seed: int) -> None:
        rng = random.Random(seed)
        while done.cancelled < cancellations:
            await one(rng)

    async with anyio.create_task_group() as tg:
        for seed in range(20):
            tg.start_soon(worker, seed)
    return done


@WIRES
def test_cancellations_at_random_points_leave_every_slot_usable(backend: str, wire: str) -> None:
    """10,000 user cancellations (5,000 on trio) at random points of calls, on a
    10-connection pool; then 10 requests must be in flight at once (server-side barrier)
    and none times out; no connection outlives the pool's 10, none the client."""
    barrier = Barrier(10)
    cancellations = 10_000 if backend == "asyncio" else 5_000
    with slot_server(slow_and_closing, barrier) as server:

        async def main() -> Cancelled:
            limits = httpx.Limits(max_connections=10, max_keepalive_connections=10)
            async with client(server, wire=wire, limits=limits, timeout=httpx.Timeout(5.0)) as cbk:
                with anyio.fail_after(240):  # safety net only
                    done = await cancel_at_random(cbk, backend, cancellations)
                    assert await settled(lambda: server.open <= 10), server.open
                    await all_slots_usable(cbk, barrier)
            assert await settled(lambda: server.open == 0), server.open
            return done

        done = run(backend, main)
        assert done.cancelled >= cancellations
        assert barrier.arrived == barrier.n
        # some calls were cancelled after the server had read their request
        assert len(server.requests) - barrier.n > done.completed > 0


async def slower_than_deadline(request: Request) -> bytes | None:
    await asyncio.sleep(random.uniform(0.02, 0.08))
    return response(200, OBJ, {"connection": "close"})


async def expire_deadlines(cbk: AsyncChatBotKit) -> int:
    """420 calls, 30 at a time (the client's deadline shorter than the server); how many
    ended in the deadline's ``APITimeoutError``."""
    expired = 0

    async def call() -> None:
        nonlocal expired
        try:
            await cbk.bot.fetch("b1")
        except APITimeoutError:
            expired += 1

    for _ in range(14):
        async with anyio.create_task_group() as tg:
            for _ in range(30):
                tg.start_soon(call)
    return expired


@WIRES
def test_deadline_expiries_do_not_kill_the_pool(backend: str, wire: str) -> None:
    """420 calls outliving their 50 ms deadline (30 at a time, 10 connections) leave the
    pool whole: 10 requests in flight at once afterwards, no connection left open."""
    barrier = Barrier(10)
    with slot_server(slower_than_deadline, barrier) as server:

        async def main() -> int:
            limits = httpx.Limits(max_connections=10, max_keepalive_connections=10)
            async with client(server, wire=wire, limits=limits, deadline=0.05) as cbk:
                with anyio.fail_after(120):
                    expired = await expire_deadlines(cbk)
                    await all_slots_usable(cbk, barrier)
            assert await settled(lambda: server.open == 0), server.open
            return expired

        assert run(backend, main) > 100


# ------------------------------------------------------------------ item 3: raw exceptions


def scripted(*replies: bytes | Callable[[Conn], Awaitable[None]]) -> RawServer:
    """Each connection gets the next reply (raw bytes, then hang up; or a coroutine)."""
    queue = list(replies)

    async def handler(conn: Conn) -> None:
        if await conn.read_request() is None:
            return
        reply = queue.pop(0) if len(queue) > 1 else queue[0]
        if callable(reply):
            await reply(conn)
        else:
            await conn.send(reply)

    return RawServer(handler)


async def reset_mid_body(conn: Conn) -> None:
    await conn.send(
        response(200, b"x" * 10, {"content-type": "application/octet-stream"}, length=1000)
    )
    await asyncio.sleep(0.05)
    conn.reset()


@BACKENDS
def test_raw_failures_become_sdk_errors(backend: str) -> None:
    gzip_lie = response(200, b"plain, not gzip", {"content-encoding": "gzip"})
    bad_gzip_stream = stream_head({"content-encoding": "gzip"}) + chunked(b"\x1f\x8b garbage", b"")

    async def main() -> None:
        with scripted(gzip_lie) as server:
            async with client(server) as cbk:
                with pytest.raises(APIConnectionError) as info:
                    await cbk.bot.fetch("b1")
                assert isinstance(info.value.__cause__, httpx.DecodingError)
        with scripted(bad_gzip_stream) as server:
            async with client(server) as cbk:
                with pytest.raises(APIConnectionError) as info:
                    async with cbk.conversation.complete.stream("c1", text="Hi") as events:
                        async for _ in events:
                            pass
                assert isinstance(info.value.__cause__, httpx.DecodingError)
        with scripted(reset_mid_body) as server:
            async with client(server) as cbk:
                with pytest.raises(APIConnectionError) as info:
                    async with cbk.file.download.stream("f1") as body:
                        async for _ in body:
                            pass
                assert isinstance(info.value.__cause__, httpx.TransportError)
        with scripted(reset_mid_body) as server:
            async with client(server) as cbk:
                async with cbk.file.download.stream("f1") as body:
                    chunks = aiter(body)
                with pytest.raises(UsageError, match="async with"):
                    await anext(chunks)  # read after the block
        for bad in (b"null", b"42", b"[]", b'"text"'):
            with scripted(response(200, bad)) as server:
                async with client(server) as cbk:
                    with pytest.raises(APIError, match="Unparseable 200") as info:
                        await cbk.bot.fetch("b1")
                    assert isinstance(info.value.__cause__, TypeError | ValueError)
        with scripted(response(200, b'{"items": [1, 2]}')) as server:
            async with client(server) as cbk:
                with pytest.raises(APIError, match="Unparseable 200"):
                    await cbk.bot.list()
        with scripted(response(200, OBJ)) as server:
            cbk = client(server)
            await cbk.close()
            with pytest.raises(UsageError, match="closed"):
                await cbk.bot.fetch("b1")

    run(backend, main)


@BACKENDS
def test_streams_misused_raise_usage_errors(backend: str) -> None:
    """Iterating after the block, and one stream or list iterator shared by two tasks."""
    tokens = jsonl(*({"type": "token", "data": {"token": "t"}} for _ in range(3)))

    async def slow(conn: Conn) -> None:
        await conn.send(stream_head() + chunked(tokens))
        await asyncio.sleep(3600)

    async def slow_page(conn: Conn) -> None:
        request = conn.server.requests[-1]
        await asyncio.sleep(0.2)
        items = [] if "cursor=" in request.target else [{"id": "a"}]
        # The server hangs up after one answer: say so, or the next page may race the close.
        body = json.dumps({"items": items}).encode()
        await conn.send(response(200, body, {"connection": "close"}))

    async def main() -> None:
        with scripted(slow) as server:
            async with client(server) as cbk:
                stream = cbk.conversation.complete.stream("c1", text="Hi")
                async with stream:
                    await stream.__anext__()
                with pytest.raises(UsageError, match="async with"):
                    await stream.__anext__()  # its first chunk held more events: not delivered

                errors: list[BaseException] = []

                async def consume(events: Any) -> None:
                    try:
                        async for _ in events:
                            pass
                    except UsageError as exc:
                        errors.append(exc)

                with anyio.move_on_after(1):
                    async with cbk.conversation.complete.stream("c1", text="Hi") as events:
                        async with anyio.create_task_group() as tg:
                            tg.start_soon(consume, events)
                            tg.start_soon(consume, events)
                assert len(errors) == 1 and "another task" in str(errors[0])
        with scripted(slow_page) as server:
            async with client(server) as cbk:
                pages = cbk.bot.list(take=1).pages()
                errors.clear()
                with anyio.fail_after(10):
                    async with anyio.create_task_group() as tg:
                        tg.start_soon(consume, pages)
                        tg.start_soon(consume, pages)
                assert len(errors) == 1 and "another task" in str(errors[0])

    run(backend, main)


# ------------------------------------------------------------------ item 4: memory and time


@BACKENDS
def test_lines_error_bodies_and_idle_streams_are_bounded(backend: str) -> None:
    sent = [0]
    total = 64 * 1024 * 1024

    async def huge_error(conn: Conn) -> None:
        await conn.send(response(500, b"", {"content-type": "text/html"}, length=total))
        block = b" " * 65536
        while sent[0] < total and not conn.writer.is_closing():
            conn.writer.write(block)
            try:
                await conn.writer.drain()
            except ConnectionError:
                return
            sent[0] += len(block)

    async def blank_lines(conn: Conn) -> None:
        await conn.send(stream_head())
        while True:
            await conn.send(chunked(b"\n"))
            await asyncio.sleep(0.01)

    long_line = stream_head() + chunked(b"x" * 20_000, b"\n", b"")

    async def main() -> None:
        with scripted(long_line) as server:
            async with client(server, max_line_size=8192) as cbk:
                with pytest.raises(StreamDecodeError, match="max_line_size limit of 8192"):
                    async with cbk.conversation.complete.stream("c1", text="Hi") as events:
                        async for _ in events:
                            pass
        with scripted(huge_error) as server:
            async with client(server) as cbk:
                with anyio.fail_after(30), pytest.raises(InternalServerError):
                    await cbk.bot.fetch("b1")
        with scripted(blank_lines) as server:
            timeout = httpx.Timeout(5.0, read=0.3)
            async with client(server, timeout=timeout) as cbk:
                with anyio.fail_after(10), pytest.raises(APITimeoutError, match="no event"):
                    async with cbk.conversation.complete.stream("c1", text="Hi") as events:
                        async for _ in events:
                            pass

    run(backend, main)
    assert sent[0] < total // 4  # the client stopped reading: the server could not send it all


# ------------------------------------------------------------------ item 5: secrets


async def echo_secrets(conn: Conn) -> None:
    request = await conn.read_request()
    assert request is not None
    runas = [v for k, v in request.headers.items() if k.startswith("x-runas")]
    message = f"bad {request.headers.get('authorization')} as {runas}"
    body = json.dumps({"message": message, "code": "NOT_AUTHENTICATED"}).encode()
    await conn.send(response(401, body))


@BACKENDS
def test_secrets_stay_out_of_messages_and_pickles(backend: str) -> None:
    runas = "alice@example.com"

    async def main() -> list[BaseException]:
        errors: list[BaseException] = []
        with RawServer(echo_secrets) as server:
            async with client(server) as cbk:
                with cbk.run_as(runas):
                    with pytest.raises(NotAuthenticatedError) as info:
                        await cbk.bot.fetch("b1")
                errors.append(info.value)
        with scripted(reset_mid_body) as server:
            async with client(server) as cbk:
                with pytest.raises(APIConnectionError) as info2:
                    async with cbk.as_user(runas).file.download.stream("f1") as body:
                        async for _ in body:
                            pass
                errors.append(info2.value)
        with slot_server(never_answer, Barrier(1)) as server:
            async with client(server, timeout=httpx.Timeout(5.0, read=0.1)) as cbk:
                with pytest.raises(APITimeoutError) as info3:
                    await cbk.as_user(runas).bot.fetch("b1")
                errors.append(info3.value)
        return errors

    for error in run(backend, main):
        for text in (str(error), repr(error), pickle.dumps(error)):
            shown = text if isinstance(text, str) else text.decode("latin-1")
            assert TOKEN not in shown and "alice@example.com" not in shown
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)


# ------------------------------------------------------------------ item 6: defaults under load


@WIRES
def test_1000_concurrent_tasks_on_default_limits(backend: str, wire: str) -> None:
    async def fast(request: Request) -> bytes | None:
        return response(200, OBJ)

    with slot_server(fast, Barrier(1)) as server:

        async def main() -> None:
            async with AsyncChatBotKit(token=TOKEN, base_url=server.url, wire=wire) as cbk:
                results: list[Any] = []

                async def call() -> None:
                    results.append(await cbk.bot.fetch("b1"))

                with anyio.fail_after(120):  # safety net only
                    async with anyio.create_task_group() as tg:
                        for _ in range(1000):
                            tg.start_soon(call)
                assert len(results) == 1000
            assert await settled(lambda: server.open == 0), server.open

        run(backend, main)
        assert len(server.requests) == 1000
        # all 50 are kept alive (keep-alive 20 of 100 reconnected hundreds of times); a
        # connection idle past keepalive_expiry on a slow machine may still be renewed
        assert server.accepted <= 100


# ------------------------------------------------------------------ item 7: retry class


@BACKENDS
def test_status_decides_the_retry_class(backend: str) -> None:
    async def main() -> None:
        body = json.dumps({"message": "m", "code": "TOO_MANY_REQUESTS"}).encode()
        with RawServer(
            lambda conn: serve_forever(conn, lambda r: _const(response(500, body)))
        ) as server:
            async with client(server, max_retries=2, clock=FakeClock()) as cbk:
                with pytest.raises(InternalServerError):
                    await cbk.bot.create(name="x")
            assert len(server.requests) == 1  # a POST the server may have run: not replayed
        body = json.dumps({"message": "m", "code": "LIMITS_REACHED"}).encode()
        with RawServer(
            lambda conn: serve_forever(conn, lambda r: _const(response(503, body)))
        ) as server:
            async with client(server, max_retries=2, clock=FakeClock()) as cbk:
                with pytest.raises(InternalServerError):
                    await cbk.bot.fetch("b1")
            assert len(server.requests) == 3  # a 503 GET is retried whatever the code says
        limited = response(429, b'{"code": "TOO_MANY_REQUESTS"}', {"retry-after": "-5"})
        with RawServer(lambda conn: serve_forever(conn, lambda r: _const(limited))) as server:
            clock = FakeClock()
            async with client(server, max_retries=2, clock=clock, jitter=0) as cbk:
                with pytest.raises(APIError):
                    await cbk.bot.fetch("b1")
            assert clock.sleeps == [0.5, 1.0]  # a negative Retry-After is absent: back off

    run(backend, main)


async def _const(data: bytes) -> bytes:
    return data


# ------------------------------------------------------------------ item 8: edge cases


@BACKENDS
def test_paging_and_context_edge_cases(backend: str) -> None:
    ids = [f"i{n:02}" for n in range(30)]

    async def pages(request: Request) -> bytes | None:
        query = httpx.URL(request.target).params
        start = ids.index(query["cursor"]) + 1 if "cursor" in query else 0
        take = int(query.get("take", "10"))
        items = [{"id": i} for i in ids[start : start + take]]
        return response(200, json.dumps({"items": items}).encode())

    async def main() -> None:
        with slot_server(pages, Barrier(1)) as server:
            async with client(server) as cbk:
                walked = [item.id async for item in cbk.bot.list(take=10, extra_query={"take": 2})]
                assert walked == ids  # the stop rule uses the take that was sent
                with pytest.raises(UsageError, match="cursor"):
                    cbk.bot.list(extra_query={"cursor": "i03"})
        secret_url = "http://user:hunter2@127.0.0.1:1/v1"
        assert "hunter2" not in repr(AsyncChatBotKit(token=TOKEN, base_url=secret_url))

    run(backend, main)


def test_run_as_in_an_async_generator_follows_the_consumer() -> None:
    """The documented rule: ``run_as`` is a context variable, so entered inside an async
    generator across a ``yield`` it applies to the consumer's calls too; an ``as_user`` view
    does not leak."""
    seen: list[str | None] = []

    async def record(request: Request) -> bytes | None:
        seen.append(request.headers.get("x-runas-user-id"))
        return response(200, OBJ)

    async def main() -> None:
        with slot_server(record, Barrier(1)) as server:
            async with client(server) as cbk:

                async def leaky() -> Any:
                    with cbk.run_as("u1"):
                        yield 1

                async def scoped() -> Any:
                    await cbk.as_user("u2").bot.fetch("b1")
                    yield 1

                for gen in (leaky(), scoped()):
                    async for _ in gen:
                        await cbk.bot.fetch("mine")  # the consumer's own call
        assert seen == ["u1", "u2", None]

    run("asyncio", main)
    assert "async generator" in " ".join((AsyncChatBotKit.run_as.__doc__ or "").split())


def test_breaking_out_of_a_stream_on_trio_leaves_no_resource_warning() -> None:
    tokens = jsonl(*({"type": "token", "data": {"token": "t"}} for _ in range(50)))

    async def many(conn: Conn) -> None:
        while await conn.read_request() is not None:
            await conn.send(stream_head() + chunked(tokens, b""))

    async def main() -> None:
        with RawServer(many) as server:
            async with client(server) as cbk:
                for _ in range(5):
                    async with cbk.conversation.complete.stream("c1", text="Hi") as events:
                        async for _ in events:
                            break
                    async with cbk.file.download.stream("f1") as body:
                        async for _ in body:
                            break

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run("trio", main)
        gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
