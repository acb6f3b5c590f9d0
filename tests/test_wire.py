"""One suite, both wires: the SDK behaves the same over httpcore and over aiohttp.

Every case runs against a real socket (``_wire_server``: a raw asyncio server on
127.0.0.1 that misbehaves on purpose) once per wire and asserts the same SDK-level
outcome: the error class, its phase and ``may_have_reached_server``, and what the server
saw (attempts, connections left open).
"""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import sys
import time
from collections.abc import Awaitable
from typing import Any

import httpx
import pytest
import trio

from chatbotkit import APIConnectionError, AsyncChatBotKit, ConfigurationError
from chatbotkit._clock import FakeClock
from tests._wire_server import Conn, Request, keep_alive, serve, settled

WIRES = ["httpcore", "aiohttp"]
TOKEN = "tok_wire_0123456789"
OK = b'{"id": "b1"}'

pytestmark = pytest.mark.parametrize("wire", WIRES)


def client(base_url: str, wire: str, **kwargs: Any) -> AsyncChatBotKit:
    kwargs.setdefault("max_retries", 0)
    return AsyncChatBotKit(token=TOKEN, base_url=base_url, wire=wire, **kwargs)  # type: ignore[arg-type]


async def outcome(call: Awaitable[Any]) -> tuple[str, str | None, bool | None]:
    """What the user sees: ``("ok", None, None)`` or the error class, phase and reach."""
    try:
        await call
    except APIConnectionError as exc:
        return type(exc).__name__, exc.phase, exc.may_have_reached_server
    return "ok", None, None


async def answer_ok(conn: Conn, request: Request) -> None:
    await conn.respond()


# ----------------------------------------------------------------------------- connecting


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # nothing listens there once closed


async def test_connection_refused(wire: str) -> None:
    async with client(f"http://127.0.0.1:{closed_port()}/v1", wire) as cbk:
        assert await outcome(cbk.bot.fetch("b1")) == ("APIConnectionError", "connect", False)


async def test_close_before_response_after_a_post_is_attempted_once(wire: str) -> None:
    async def close_after_request(conn: Conn) -> None:
        await conn.request()
        conn.writer.close()

    async with serve(close_after_request) as (url, stats):
        async with client(url, wire, max_retries=3, clock=FakeClock()) as cbk:
            result = await outcome(cbk.bot.create(name="x"))
    assert result == ("APIConnectionError", "read", True)
    assert [r.method for r in stats.requests] == ["POST"]  # never replayed


# ------------------------------------------------------------------------------ timeouts


@pytest.mark.parametrize("after_headers", [False, True])
async def test_stall_is_a_read_timeout_at_the_configured_time(
    wire: str, after_headers: bool
) -> None:
    async def stall(conn: Conn) -> None:
        await conn.request()
        if after_headers:
            await conn.send(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{")
        await conn.stall()

    timeout = httpx.Timeout(5.0, read=0.3)
    async with serve(stall) as (url, _), client(url, wire, timeout=timeout) as cbk:
        started = time.monotonic()
        result = await outcome(cbk.bot.fetch("b1"))
        waited = time.monotonic() - started
    assert result == ("APITimeoutError", "read", True)
    assert waited >= 0.25  # not before the configured read timeout


async def test_slow_reader_during_a_large_upload_is_a_write_timeout(wire: str) -> None:
    async def never_read_the_body(conn: Conn) -> None:
        await conn.request(body=False)
        await asyncio.sleep(30)

    timeout = httpx.Timeout(5.0, write=0.3)
    blob = "x" * (16 << 20)  # far more than loopback socket buffers hold
    async with (
        serve(never_read_the_body) as (url, stats),
        client(url, wire, timeout=timeout) as cbk,
    ):
        result = await outcome(cbk.bot.create(name="big", extra_body={"blob": blob}))
    assert result == ("APITimeoutError", "write", True)
    assert len(stats.requests) == 1


async def test_pool_exhaustion_is_a_pool_timeout(wire: str) -> None:
    async def head_then_stall(conn: Conn) -> None:
        await conn.request()
        await conn.send(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/jsonl\r\nTransfer-Encoding: chunked\r\n\r\n"
        )
        await conn.stall()

    limits = httpx.Limits(max_connections=1)
    timeout = httpx.Timeout(5.0, pool=0.2)
    async with serve(head_then_stall) as (url, stats):
        async with client(url, wire, limits=limits, timeout=timeout) as cbk:
            async with cbk.conversation.complete.stream("c1", text="hi"):
                result = await outcome(cbk.bot.fetch("b1"))
    assert result == ("APITimeoutError", "pool", False)
    assert stats.accepted == 1 and len(stats.requests) == 1


# ------------------------------------------------------------------- broken responses


async def test_reset_mid_body(wire: str) -> None:
    async def reset_mid_body(conn: Conn) -> None:
        await conn.request()
        await conn.send(b'HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{"id": ')
        await asyncio.sleep(0.05)
        conn.reset()

    async with serve(reset_mid_body) as (url, stats), client(url, wire) as cbk:
        assert await outcome(cbk.bot.fetch("b1")) == ("APIConnectionError", "read", True)
    assert await settled(lambda: stats.open == 0)


async def test_reset_mid_jsonl_stream(wire: str) -> None:
    line = json.dumps({"type": "token", "data": {"token": "hi"}}).encode() + b"\n"

    async def reset_mid_stream(conn: Conn) -> None:
        await conn.request()
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/jsonl\r\nTransfer-Encoding: chunked\r\n\r\n"
        await conn.send(head + b"%x\r\n%s\r\n" % (len(line) * 2, line * 2))
        await asyncio.sleep(0.05)
        conn.reset()

    tokens: list[Any] = []

    async def consume(cbk: AsyncChatBotKit) -> None:
        async with cbk.conversation.complete.stream("c1", text="hi") as events:
            async for event in events:
                tokens.append(type(event).__name__)

    async with serve(reset_mid_stream) as (url, stats), client(url, wire) as cbk:
        assert await outcome(consume(cbk)) == ("APIConnectionError", "read", True)
    assert tokens == ["CompleteTokenEvent"] * 2  # nothing dropped before the reset
    assert await settled(lambda: stats.open == 0)


async def test_malformed_status_line(wire: str) -> None:
    async def garbage(conn: Conn) -> None:
        await conn.request()
        await conn.send(b"HTTP/1.1 two-hundred OK\r\nContent-Length: 0\r\n\r\n")

    async with serve(garbage) as (url, _), client(url, wire) as cbk:
        assert await outcome(cbk.bot.fetch("b1")) == ("APIConnectionError", "read", True)


async def test_a_10_kib_header_is_accepted(wire: str) -> None:
    async def big_header(conn: Conn, request: Request) -> None:
        await conn.respond(headers={"Content-Type": "application/json", "X-Big": "v" * 10240})

    async with serve(lambda c: keep_alive(c, big_header)) as (url, _), client(url, wire) as cbk:
        assert (await cbk.bot.fetch("b1")).id == "b1"


async def test_gzip_is_decoded_once(wire: str) -> None:
    async def gzipped(conn: Conn, request: Request) -> None:
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        await conn.respond(body=gzip.compress(b'{"id": "zipped"}'), headers=headers)

    async with serve(lambda c: keep_alive(c, gzipped)) as (url, stats), client(url, wire) as cbk:
        assert (await cbk.bot.fetch("b1")).id == "zipped"
    assert "gzip" in stats.requests[0].headers["accept-encoding"]


# ------------------------------------------------------------------ what the request is


async def test_url_escaping_and_headers_are_preserved(wire: str) -> None:
    async with serve(lambda c: keep_alive(c, answer_ok)) as (url, stats), client(url, wire) as cbk:
        await cbk.bot.fetch("b1", extra_query={"cursor": "a/b c"}, extra_headers={"X-A": "1"})
        await cbk.bot.create(name="n")
    fetch, create = stats.requests
    assert fetch.target == "/v1/bot/b1/fetch?cursor=a%2Fb+c"
    assert fetch.headers["x-a"] == "1" and fetch.headers["authorization"].endswith(TOKEN)
    assert json.loads(create.body) == {"name": "n"}
    assert create.headers["content-type"] == "application/json"


async def test_a_crlf_in_a_header_value_is_a_local_error_never_sent(wire: str) -> None:
    async with serve(lambda c: keep_alive(c, answer_ok)) as (url, stats), client(url, wire) as cbk:
        call = cbk.bot.fetch("b1", extra_headers={"X-A": "a\r\nX-Injected: 1"})
        assert await outcome(call) == ("APIConnectionError", None, False)
    assert stats.requests == []


async def test_no_cookie_survives_clearing_the_jar(wire: str) -> None:
    async def set_cookie(conn: Conn, request: Request) -> None:
        await conn.respond(headers={"Content-Type": "application/json", "Set-Cookie": "s=1"})

    async with serve(lambda c: keep_alive(c, set_cookie)) as (url, stats), client(url, wire) as cbk:
        await cbk.bot.fetch("b1")
        cbk.http_client.cookies.clear()
        await cbk.bot.fetch("b1")
    assert "cookie" not in stats.requests[1].headers


# ------------------------------------------------------------------------- the pool


async def test_limits_and_keep_alive_counts(wire: str) -> None:
    async def slow_ok(conn: Conn, request: Request) -> None:
        await asyncio.sleep(0.02)
        await conn.respond()

    limits = httpx.Limits(max_connections=4, max_keepalive_connections=2, keepalive_expiry=30)
    async with serve(lambda c: keep_alive(c, slow_ok)) as (url, stats):
        async with client(url, wire, limits=limits) as cbk:
            await asyncio.gather(*(cbk.bot.fetch("b1") for _ in range(12)))
            assert stats.peak == 4  # never more than max_connections at once
            assert await settled(lambda: stats.open == 2)  # only 2 kept alive
            accepted = stats.accepted
            await asyncio.gather(*(cbk.bot.fetch("b1") for _ in range(2)))
            assert stats.accepted == accepted  # the kept ones are reused
        assert await settled(lambda: stats.open == 0)  # close() closes them


async def test_keep_alive_expiry(wire: str) -> None:
    limits = httpx.Limits(max_keepalive_connections=5, keepalive_expiry=0.1)
    async with serve(lambda c: keep_alive(c, answer_ok)) as (url, stats):
        async with client(url, wire, limits=limits) as cbk:
            await cbk.bot.fetch("b1")
            await asyncio.sleep(0.3)
            await cbk.bot.fetch("b1")
    assert stats.accepted == 2  # the idle one expired instead of being reused


async def test_500_cancelled_streams_leave_no_connection(wire: str) -> None:
    line = json.dumps({"type": "token", "data": {"token": "hi"}}).encode() + b"\n"

    async def one_token_then_stall(conn: Conn) -> None:
        await conn.request()
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/jsonl\r\nTransfer-Encoding: chunked\r\n\r\n"
        await conn.send(head + b"%x\r\n%s\r\n" % (len(line), line))
        await conn.stall()

    started = 0

    async def consume(cbk: AsyncChatBotKit) -> None:
        nonlocal started
        async with cbk.conversation.complete.stream("c1", text="hi") as events:
            async for _ in events:
                started += 1
                await asyncio.sleep(30)  # cancelled here, mid-stream

    limits = httpx.Limits(max_connections=500, max_keepalive_connections=20)
    async with serve(one_token_then_stall) as (url, stats):
        async with client(url, wire, limits=limits) as cbk:
            tasks = [asyncio.create_task(consume(cbk)) for _ in range(500)]
            assert await settled(lambda: started == 500)
            assert stats.open == 500
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            assert await settled(lambda: stats.open == 0)  # none pooled, none leaked
    assert stats.accepted == 500


# ----------------------------------------------------------------------- choosing it


def test_environment_chooses_the_wire(wire: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHATBOTKIT_WIRE", wire)
    cbk = AsyncChatBotKit(token=TOKEN)
    transport = type(cbk.http_client._transport).__name__  # type: ignore[attr-defined]
    assert transport == {"httpcore": "AsyncHTTPTransport", "aiohttp": "AiohttpTransport"}[wire]


def test_under_trio_aiohttp_is_refused_naming_the_alternative(wire: str) -> None:
    async def construct() -> AsyncChatBotKit:
        return AsyncChatBotKit(token=TOKEN, wire=wire)  # type: ignore[arg-type]

    if wire == "httpcore":
        assert trio.run(construct) is not None
        return
    with pytest.raises(ConfigurationError, match="wire='httpcore'"):
        trio.run(construct)
    built_outside = AsyncChatBotKit(token=TOKEN, wire=wire, base_url="http://127.0.0.1:9/v1")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="wire='httpcore'"):  # caught on first use
        trio.run(built_outside.bot.fetch, "b1")


def test_unknown_wire_and_conflicts_are_configuration_errors(wire: str) -> None:
    with pytest.raises(ConfigurationError, match="wire must be"):
        AsyncChatBotKit(token=TOKEN, wire="curl")  # type: ignore[arg-type]
    if wire == "aiohttp":
        with pytest.raises(ConfigurationError, match="not both"):
            AsyncChatBotKit(token=TOKEN, wire=wire, transport=httpx.MockTransport(lambda r: None))  # type: ignore[arg-type]


def test_the_aiohttp_wire_is_not_imported_by_chatbotkit(wire: str) -> None:
    import subprocess

    code = "import chatbotkit, sys; chatbotkit.AsyncChatBotKit; print('aiohttp' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


async def test_bodies_of_unknown_length_are_streamed_chunked(wire: str) -> None:
    """What the SDK's uploads rely on, checked on each wire's transport directly."""
    from chatbotkit._aiohttp import AiohttpTransport

    async def chunks() -> Any:
        for _ in range(3):
            yield b"x" * 70_000

    transport = AiohttpTransport() if wire == "aiohttp" else httpx.AsyncHTTPTransport()
    async with serve(lambda c: keep_alive(c, answer_ok)) as (url, stats):
        async with httpx.AsyncClient(transport=transport) as http:
            await http.post(f"{url}/raw", content=chunks())
            await http.post(f"{url}/files", files={"f": ("a.bin", b"y" * 100_000)})
    streamed, multipart = stats.requests
    assert streamed.headers.get("transfer-encoding") == "chunked" and len(streamed.body) == 210_000
    assert int(multipart.headers["content-length"]) == len(multipart.body) > 100_000


async def test_environment_proxies_are_honoured(wire: str, monkeypatch: pytest.MonkeyPatch) -> None:
    async with serve(lambda c: keep_alive(c, answer_ok)) as (proxy, stats):
        monkeypatch.setenv("HTTP_PROXY", proxy.removesuffix("/v1"))
        monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
        async with client("http://api.example.test/v1", wire) as cbk:  # resolved by the proxy
            assert (await cbk.bot.fetch("b1")).id == "b1"
        async with client(f"http://127.0.0.1:{closed_port()}/v1", wire) as cbk:  # direct
            assert await outcome(cbk.bot.fetch("b1")) == ("APIConnectionError", "connect", False)
    assert [r.target for r in stats.requests] == ["http://api.example.test/v1/bot/b1/fetch"]
