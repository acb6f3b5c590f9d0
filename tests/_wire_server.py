"""A raw asyncio HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose, and counts.

Each test gives it a ``Behaviour``: a coroutine run once per accepted connection with a
``Conn`` (read a request, write raw bytes, reset, stall). The server counts what a client
cannot hide: connections accepted and still open, requests received, the peak of
simultaneous connections. Requests are parsed just enough (head, Content-Length or
chunked body) to answer keep-alive traffic.
"""

from __future__ import annotations

import asyncio
import socket
import struct
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

Behaviour = Callable[["Conn"], Awaitable[None]]


@dataclass
class Request:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Stats:
    accepted: int = 0
    open: int = 0
    peak: int = 0
    requests: list[Request] = field(default_factory=list)


class Conn:
    """One accepted connection, as the behaviour sees it."""

    def __init__(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, stats: Stats
    ) -> None:
        self.reader, self.writer, self.stats = reader, writer, stats

    async def request(self, *, body: bool = True) -> Request | None:
        """The next request (``None`` at EOF); ``body=False`` leaves the body unread."""
        try:
            head = await self.reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError):
            return None
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            if line:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
        data = b""
        if body:
            if "content-length" in headers:
                data = await self.reader.readexactly(int(headers["content-length"]))
            elif headers.get("transfer-encoding", "").lower() == "chunked":
                data = await self._chunked()
        request = Request(method, target, headers, data)
        self.stats.requests.append(request)
        return request

    async def _chunked(self) -> bytes:
        data = bytearray()
        while True:
            size = int((await self.reader.readline()).split(b";")[0], 16)
            if size == 0:
                await self.reader.readline()
                return bytes(data)
            data += await self.reader.readexactly(size)
            await self.reader.readline()

    async def send(self, raw: bytes) -> None:
        self.writer.write(raw)
        await self.writer.drain()

    async def respond(
        self,
        status: int = 200,
        body: bytes = b'{"id": "b1"}',
        headers: dict[str, str] | None = None,
    ) -> None:
        head = [f"HTTP/1.1 {status} OK", f"Content-Length: {len(body)}"]
        head += [f"{k}: {v}" for k, v in (headers or {"Content-Type": "application/json"}).items()]
        await self.send(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)

    def reset(self) -> None:
        """Abort with a TCP RST (SO_LINGER 0), not a FIN."""
        sock = self.writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.writer.transport.abort()

    async def stall(self) -> None:
        """Say nothing until the client goes away."""
        await self.reader.read()


async def keep_alive(conn: Conn, answer: Callable[[Conn, Request], Awaitable[None]]) -> None:
    """Answer requests on one connection until the client closes it."""
    while (request := await conn.request()) is not None:
        await answer(conn, request)


@asynccontextmanager
async def serve(behaviour: Behaviour) -> AsyncIterator[tuple[str, Stats]]:
    """Run the server; yields its base URL and live counters."""
    stats = Stats()
    tasks: set[asyncio.Task[None]] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        stats.accepted += 1
        stats.open += 1
        stats.peak = max(stats.peak, stats.open)
        task = asyncio.current_task()
        assert task is not None
        tasks.add(task)
        try:
            await behaviour(Conn(reader, writer, stats))
            if not writer.transport.is_closing():
                await reader.read()  # keep it open until the client closes it
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            pass  # the client went away, or the server is shutting down
        finally:
            writer.transport.abort()
            stats.open -= 1
            tasks.discard(task)

    server = await asyncio.start_server(handle, "127.0.0.1", 0, limit=1 << 20, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}/v1", stats
    finally:
        server.close()
        for task in list(tasks):
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await server.wait_closed()


async def settled(predicate: Callable[[], bool]) -> bool:
    """Poll a server counter until it holds (bounded: 5 s)."""
    for _ in range(500):
        if predicate():
            return True
        await asyncio.sleep(0.01)
    return predicate()
