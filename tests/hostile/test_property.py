"""Issue 19: whatever bytes a server sends, a public call raises only the SDK's own errors
(or a BaseException such as cancellation), on asyncio and trio (hypothesis, bounded)."""

from __future__ import annotations

import gzip
import json
import zlib
from typing import Any

import anyio
import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chatbotkit import AsyncChatBotKit, ChatBotKitError
from tests.hostile._server import Conn, RawServer, chunked

STATUSES = [200, 201, 204, 301, 400, 401, 404, 429, 500, 503]
JSONISH = st.sampled_from(
    [b"null", b"42", b"[]", b'{"items": [1, 2]}', b'{"items": [{"id": 7}]}', b'"x"', b"{", b""]
    + [
        json.dumps({"type": t, "data": d}).encode() + b"\n"
        for t in ("token", "result", "error", "item")
        for d in (None, 1, {"id": "a"}, {"token": 5})
    ]
)


@st.composite
def responses(draw: st.DrawFn) -> bytes:
    """Raw response bytes: mostly near-valid HTTP with hostile details, sometimes noise."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=200))
    status = draw(st.sampled_from(STATUSES))
    body = b"".join(draw(st.lists(st.one_of(JSONISH, st.binary(max_size=40)), max_size=4)))
    encoding = draw(st.sampled_from([None, "gzip", "deflate", "gzip-lie", "identity"]))
    headers = {
        "content-type": draw(
            st.sampled_from(["application/json", "application/jsonl", "text/html"])
        )
    }
    if encoding == "gzip":
        body, headers["content-encoding"] = gzip.compress(body), "gzip"
        if draw(st.booleans()):
            body = body[: draw(st.integers(0, len(body)))]  # truncated
    elif encoding == "deflate":
        body, headers["content-encoding"] = zlib.compress(body), "deflate"
    elif encoding == "gzip-lie":
        headers["content-encoding"] = "gzip"
    for name in draw(
        st.lists(st.sampled_from(["retry-after", "retry-after-ms", "connection"]), max_size=2)
    ):
        headers[name] = draw(st.sampled_from(["-5", "1e309", "nan", "0", "close", "soon"]))
    framing = draw(st.sampled_from(["length", "short", "long", "chunked", "bad-chunk", "none"]))
    if framing == "chunked":
        headers["transfer-encoding"] = "chunked"
        body = chunked(body, b"")
    elif framing == "bad-chunk":
        headers["transfer-encoding"] = "chunked"
        body = b"zz\r\n" + body
    elif framing != "none":
        extra = {"length": 0, "short": -1, "long": 7}[framing]
        headers["content-length"] = str(max(len(body) + extra, 0))
    head = f"HTTP/1.1 {status} X\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    return head.encode() + b"\r\n" + body


class Script:
    payload = b""


async def reply_once(conn: Conn) -> None:
    if await conn.read_request() is not None:
        await conn.send(Script.payload)


async def every_public_shape(cbk: AsyncChatBotKit) -> list[BaseException]:
    """Each public call shape once; return what each raised (None when it succeeded)."""
    raised: list[BaseException] = []

    async def fetch() -> None:
        await cbk.bot.fetch("b1")

    async def walk() -> None:
        await cbk.bot.list(take=2).collect(limit=3)

    async def events() -> None:
        async with cbk.conversation.complete.stream("c1", text="Hi") as stream:
            async for _ in stream:
                pass

    async def download() -> None:
        async with cbk.file.download.stream("f1") as body:
            async for _ in body:
                pass

    for call in (fetch, walk, events, download):
        try:
            with anyio.fail_after(10):  # a safety net: the server always hangs up
                await call()
        except ChatBotKitError:
            pass
        except Exception as exc:  # what the property forbids
            raised.append(exc)
    return raised


def test_no_foreign_exception_leaves_a_public_call() -> None:
    with RawServer(reply_once) as server:

        @settings(
            max_examples=60,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        )
        @given(payload=responses(), backend=st.sampled_from(["asyncio", "trio"]))
        def check(payload: bytes, backend: str) -> None:
            Script.payload = payload

            async def main() -> list[BaseException]:
                timeout = httpx.Timeout(5.0, read=2.0)
                async with AsyncChatBotKit(
                    token="tok_prop_0123456789", base_url=server.url, max_retries=0, timeout=timeout
                ) as cbk:
                    return await every_public_shape(cbk)

            raised: Any = anyio.run(main, backend=backend)
            assert raised == [], f"{payload!r} raised {raised!r}"

        check()
