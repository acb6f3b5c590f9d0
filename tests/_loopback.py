"""A recording HTTP/1.1 server on 127.0.0.1 (asyncio): the exact exchange, as received.

Each request is recorded (method, target, headers in arrival order, body) and answered by
a handler; an answer may stop after part of its body and drop the connection.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from urllib.parse import parse_qsl, urlsplit

import attrs

from tests.hostile._server import read_chunks


@attrs.define
class Seen:
    method: str
    target: str
    headers: list[tuple[str, str]]
    body: bytes
    size: int

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.target).query, keep_blank_values=True)

    def header(self, name: str) -> list[str]:
        """Every value of header ``name`` (case-insensitive)."""
        return [v for k, v in self.headers if k.lower() == name.lower()]


@attrs.define
class Reply:
    status: int = 200
    headers: dict[str, str] = attrs.field(factory=dict)
    body: bytes = b""
    drop_after: int | None = None
    """Send only this many body bytes, then close the connection."""


Handler = Callable[[Seen], Awaitable[Reply] | Reply]


@attrs.define
class Server:
    url: str
    seen: list[Seen]
    handler: Handler
    keep_bodies_up_to: int = 16 * 1024 * 1024


async def _read_body(
    reader: asyncio.StreamReader, headers: list[tuple[str, str]], keep: int
) -> tuple[bytes, int]:
    lower = {k.lower(): v for k, v in headers}
    kept = bytearray()
    size = 0

    def take(chunk: bytes) -> None:
        nonlocal size
        size += len(chunk)
        if size <= keep:
            kept.extend(chunk)

    if "content-length" in lower:
        remaining = int(lower["content-length"])
        while remaining:
            chunk = await reader.read(min(remaining, 1 << 20))
            if not chunk:
                raise ConnectionError("body cut short")
            remaining -= len(chunk)
            take(chunk)
    elif lower.get("transfer-encoding", "").lower() == "chunked":
        async for chunk in read_chunks(reader):
            take(chunk)
    return (bytes(kept) if size <= keep else b""), size


async def _serve(
    server: Server, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
) -> None:
    try:
        while True:
            line = await reader.readline()
            if not line:
                return
            method, target, _ = line.decode("latin-1").split(" ", 2)
            headers: list[tuple[str, str]] = []
            while (raw := await reader.readline()) not in (b"\r\n", b"\n", b""):
                name, _, value = raw.decode("latin-1").partition(":")
                headers.append((name.strip(), value.strip()))
            body, size = await _read_body(reader, headers, server.keep_bodies_up_to)
            seen = Seen(method, target, headers, body, size)
            server.seen.append(seen)
            reply = server.handler(seen)
            if not isinstance(reply, Reply):
                reply = await reply
            head = [f"HTTP/1.1 {reply.status} X"]
            out_headers = {
                "content-length": str(len(reply.body)),
                **{k.lower(): v for k, v in reply.headers.items()},
            }
            head += [f"{k}: {v}" for k, v in out_headers.items()]
            writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
            if reply.drop_after is not None:
                writer.write(reply.body[: reply.drop_after])
                await writer.drain()
                writer.transport.abort()
                return
            writer.write(reply.body)
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        return
    finally:
        writer.close()


@contextlib.asynccontextmanager
async def recording_server(handler: Handler | None = None) -> AsyncIterator[Server]:
    """A server on a free 127.0.0.1 port; ``handler`` defaults to ``200 {}``."""
    server = Server(
        "",
        [],
        handler or (lambda _: Reply(headers={"content-type": "application/json"}, body=b"{}")),
    )
    listener = await asyncio.start_server(lambda r, w: _serve(server, r, w), "127.0.0.1", 0)
    port = listener.sockets[0].getsockname()[1]
    server.url = f"http://127.0.0.1:{port}"
    try:
        yield server
    finally:
        listener.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(listener.wait_closed(), 5)


def json_reply(body: object, status: int = 200) -> Reply:
    import json

    return Reply(status, {"content-type": "application/json"}, json.dumps(body).encode())
