"""A raw HTTP/1.1 server on 127.0.0.1 for hostile tests: it sends exactly the bytes a test
scripts (resets, lies, floods), runs its own asyncio loop in a thread (so asyncio and trio
clients can use it alike) and counts what it saw server-side.

    async def handler(conn: Conn) -> None:
        request = await conn.read_request()
        await conn.send(response(200, b"{}"))

    with RawServer(handler) as server:
        client = AsyncChatBotKit(token="t", base_url=server.url)

Reusable by any wire (httpx, aiohttp): it knows nothing of the SDK.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import attrs

__all__ = ["Conn", "RawServer", "Request", "read_chunks", "response"]


@attrs.frozen
class Request:
    method: str
    target: str
    headers: dict[str, str]  # lower-case names
    body: bytes


class Conn:
    """One accepted connection, as the handler sees it."""

    def __init__(self, server: RawServer, reader: asyncio.StreamReader, writer: Any) -> None:
        self.server = server
        self.reader = reader
        self.writer = writer

    async def read_request(self, *, body: bool = True) -> Request | None:
        """The next request on this connection, or None when the client closed it;
        ``body=False`` leaves the body unread."""
        try:
            head = await self.reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError):
            return None
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            if ":" in line:
                name, value = line.split(":", 1)
                headers[name.strip().lower()] = value.strip()
        data = b""
        if body and headers.get("transfer-encoding", "").lower() == "chunked":
            data = b"".join([chunk async for chunk in read_chunks(self.reader)])
        elif body:
            data = await self.reader.readexactly(int(headers.get("content-length", "0")))
        request = Request(method, target, headers, data)
        with self.server.lock:
            self.server.requests.append(request)
        return request

    async def send(self, data: bytes) -> None:
        """Write ``data``; a client that went away is not an error here."""
        with contextlib.suppress(ConnectionError):
            self.writer.write(data)
            await self.writer.drain()

    def reset(self) -> None:
        """Abort the connection with a TCP RST (SO_LINGER 0), not a FIN: a reset mid-body."""
        sock = self.writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.writer.transport.abort()


Handler = Callable[[Conn], Awaitable[None]]


def response(
    status: int = 200,
    body: bytes = b"{}",
    headers: dict[str, str] | None = None,
    *,
    length: int | None = None,
) -> bytes:
    """The bytes of one HTTP/1.1 response (``length`` overrides Content-Length: a lie)."""
    fields = {"content-type": "application/json", **(headers or {})}
    if "transfer-encoding" not in {k.lower() for k in fields}:
        fields["content-length"] = str(len(body) if length is None else length)
    head = f"HTTP/1.1 {status} X\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields.items())
    return head.encode("latin-1") + b"\r\n" + body


async def read_chunks(reader: asyncio.StreamReader) -> AsyncIterator[bytes]:
    """The chunks of a chunked-encoding body, up to and including its trailer."""
    while True:
        size = int((await reader.readline()).split(b";")[0], 16)
        if size == 0:
            await reader.readline()
            return
        yield await reader.readexactly(size)
        await reader.readline()


def chunked(*parts: bytes) -> bytes:
    """A chunked-encoding body (no terminating chunk unless the last part is b"")."""
    return b"".join(f"{len(p):x}\r\n".encode() + p + b"\r\n" for p in parts)


class RawServer:
    """``with RawServer(handler) as server``: serve on 127.0.0.1 in a thread until exit.

    ``accepted``/``open``/``peak``: connections accepted so far / open now / open at
    once at most; ``requests``: every request read. The handler runs once per connection; it is cancelled at exit.
    """

    def __init__(self, handler: Handler, *, backlog: int = 128) -> None:
        self.handler = handler
        self.backlog = backlog
        self.lock = threading.Lock()
        self.accepted = 0
        self.open = 0
        self.peak = 0
        self.requests: list[Request] = []
        self.loop = asyncio.new_event_loop()
        self.port = 0
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._server: asyncio.Server | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def call(self, fn: Callable[[], Awaitable[Any]]) -> Any:
        """Run ``fn()`` on the server's loop and wait for its result (from the test's thread)."""
        return asyncio.run_coroutine_threadsafe(fn(), self.loop).result(timeout=30)

    async def _serve(self, reader: asyncio.StreamReader, writer: Any) -> None:
        with self.lock:
            self.accepted += 1
            self.open += 1
            self.peak = max(self.peak, self.open)
        try:
            await self.handler(Conn(self, reader, writer))
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass  # a client that went away, or the server stopping
        finally:
            with self.lock:
                self.open -= 1
            writer.close()

    def __enter__(self) -> RawServer:
        self._thread.start()

        async def start() -> None:
            self._server = await asyncio.start_server(
                self._serve, "127.0.0.1", 0, backlog=self.backlog, limit=1 << 20
            )
            self.port = self._server.sockets[0].getsockname()[1]

        self.call(start)
        return self

    def __exit__(self, *exc: object) -> None:
        async def stop() -> None:
            assert self._server is not None
            self._server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()
            await asyncio.sleep(0)

        self.call(stop)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=10)
        self.loop.close()


async def serve_forever(conn: Conn, reply: Callable[[Request], Awaitable[bytes | None]]) -> None:
    """Keep-alive loop: answer each request with ``await reply(request)`` (None: hang up)."""
    while (request := await conn.read_request()) is not None:
        data = await reply(request)
        if data is None:
            return
        await conn.send(data)
