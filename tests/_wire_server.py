"""The conformance suite's view of the hostile server (``tests/hostile/_server.py``).

Each test gives ``serve`` a ``Behaviour``: a coroutine run once per accepted connection
with a ``Conn`` (the hostile server's connection, plus ``request``, ``respond`` and
``stall``). The server runs on its own loop in a thread (``RawServer``, whose counters
``serve`` yields) and keeps a connection open after its behaviour until the client closes
it, as a keep-alive server does.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from tests._poll import settled
from tests.hostile._server import Conn as RawConn
from tests.hostile._server import RawServer, Request

__all__ = ["Conn", "Request", "keep_alive", "serve", "settled"]

Behaviour = Callable[["Conn"], Awaitable[None]]


class Conn(RawConn):
    """One accepted connection, as the behaviour sees it."""

    async def request(self, *, body: bool = True) -> Request | None:
        """The next request (``None`` at EOF); ``body=False`` leaves the body unread."""
        return await self.read_request(body=body)

    async def respond(
        self,
        status: int = 200,
        body: bytes = b'{"id": "b1"}',
        headers: dict[str, str] | None = None,
    ) -> None:
        head = [f"HTTP/1.1 {status} OK", f"Content-Length: {len(body)}"]
        head += [f"{k}: {v}" for k, v in (headers or {"Content-Type": "application/json"}).items()]
        await self.send(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)

    async def stall(self) -> None:
        """Say nothing until the client goes away."""
        await self.reader.read()


async def keep_alive(conn: Conn, answer: Callable[[Conn, Request], Awaitable[None]]) -> None:
    """Answer requests on one connection until the client closes it."""
    while (request := await conn.request()) is not None:
        await answer(conn, request)


@asynccontextmanager
async def serve(behaviour: Behaviour) -> AsyncIterator[tuple[str, RawServer]]:
    """Run the hostile server with ``behaviour``; yields its base URL and live counters
    (``accepted``, ``open``, ``peak``, ``requests``)."""

    async def handle(raw: RawConn) -> None:  # on the server's thread
        conn = Conn(raw.server, raw.reader, raw.writer)
        await behaviour(conn)
        if not conn.writer.transport.is_closing():
            await conn.reader.read()  # keep it open until the client closes it

    with RawServer(handle, backlog=1024) as server:
        yield server.url, server
