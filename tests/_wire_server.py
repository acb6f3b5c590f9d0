"""The conformance suite's view of the hostile server (``tests/hostile/_server.py``).

Each test gives ``serve`` a ``Behaviour``: a coroutine run once per accepted connection
with a ``Conn`` (read a request, with or without its body, chunked or not; write raw
bytes; reset; stall). The server runs on its own loop in a thread (``RawServer``); on top
of its counters this adds the peak of simultaneous connections and keeps a connection
open after its behaviour until the client closes it, as a keep-alive server does.
"""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import anyio

from tests.hostile._server import Conn as RawConn
from tests.hostile._server import RawServer

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
    lock: threading.Lock = field(default_factory=threading.Lock)


class Conn:
    """One accepted connection, as the behaviour sees it."""

    def __init__(self, raw: RawConn, stats: Stats) -> None:
        self.reader, self.writer, self.stats = raw.reader, raw.writer, stats

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
        with self.stats.lock:
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
    """Run the hostile server with ``behaviour``; yields its base URL and live counters."""
    stats = Stats()

    async def handle(raw: RawConn) -> None:  # on the server's thread
        with stats.lock:
            stats.accepted += 1
            stats.open += 1
            stats.peak = max(stats.peak, stats.open)
        try:
            conn = Conn(raw, stats)
            await behaviour(conn)
            if not conn.writer.transport.is_closing():
                await conn.reader.read()  # keep it open until the client closes it
        finally:
            with stats.lock:
                stats.open -= 1

    with RawServer(handle, backlog=1024) as server:
        yield server.url, stats


async def settled(predicate: Callable[[], bool]) -> bool:
    """Poll a server counter until it holds (bounded: 5 s; asyncio or trio)."""
    for _ in range(500):
        if predicate():
            return True
        await anyio.sleep(0.01)
    return predicate()
