"""The connection pool's front door: a fair admission gate, and repairs for cancelled requests."""

# - :class:`RequestGate` lets at most ``max_connections`` requests into httpx at once. httpcore
#   1.0 re-scans every queued request against every connection whenever a request enters or
#   leaves the pool (quadratic: 1,000 queued tasks on 100 connections spend minutes there and
#   end in ``PoolTimeout``); queued here, they cost nothing. The wait counts as the pool wait.
# - :func:`release_stuck_connections` works around an httpcore 1.0.x bug: a request cancelled
#   (or timing out in the pool) after the pool assigned it a *new* connection, before that
#   connection began connecting, leaves it ``CONNECTING`` forever; cancelled just after it
#   connected (the uncontended state lock is a cancel point), it leaves it ``NEW``: never
#   available to another request, never idle. Either holds a pool slot for good; enough of them
#   and every later call ends in ``PoolTimeout``. After any failed or cancelled send the client
#   takes such orphans (a connection no live request is assigned to, never used) out of the
#   pool, closes them, and hands the slots to waiting requests. It touches httpcore internals,
#   guarded: with another httpcore it does nothing.
# - :func:`close_response` closes a response and finishes a close that a native asyncio
#   cancellation (``Task.cancel``, ``asyncio.timeout``) interrupted inside httpcore: its
#   shields are anyio scopes, which such a cancel passes, so the response counts itself closed
#   while its request still holds the connection (httpcore issue 1115); the pool drops both.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import anyio

__all__ = ["RequestGate", "close_response", "release_stuck_connections"]


class RequestGate:
    """A FIFO limit on requests inside httpx (one per pool connection); lazily bound to the
    running event loop (anyio), uncontended acquisition does not yield."""

    __slots__ = ("_limit", "_semaphore")

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._semaphore: anyio.Semaphore | None = None

    def enter(self) -> bool:
        """Take a free turn without waiting; False when there is none (then :meth:`acquire`)."""
        semaphore = self._semaphore
        if semaphore is None:
            import anyio  # not at import: constructing a client stays cheap

            semaphore = self._semaphore = anyio.Semaphore(self._limit)
        if semaphore.value == 0:
            return False
        semaphore.acquire_nowait()
        return True

    async def acquire(self, wait: float, request: httpx.Request) -> None:
        """Wait for a turn; ``httpx.PoolTimeout`` after ``wait`` seconds."""
        import anyio

        if self.enter():
            return
        assert self._semaphore is not None
        semaphore = self._semaphore
        with anyio.move_on_after(wait):
            await semaphore.acquire()
            return
        raise httpx.PoolTimeout(
            f"No free connection within the pool timeout of {wait:g}s", request=request
        )

    def release(self) -> None:
        """End a turn (the request has its response headers, or failed)."""
        if self._semaphore is not None:
            self._semaphore.release()


def _pools(client: httpx.AsyncClient) -> list[Any]:
    transports = [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]
    return [
        pool
        for transport in transports
        if (pool := getattr(transport, "_pool", None)) is not None
        and hasattr(pool, "_assign_requests_to_connections")
    ]


def _orphaned(connection: Any) -> bool:
    """Never used, never to be: connecting abandoned, or connected with no request sent."""
    inner: Any = getattr(connection, "_connection", 0)
    if inner is None:
        return getattr(connection, "_connect_failed", True) is False
    state = getattr(getattr(inner, "_state", None), "name", None)
    return state == "NEW" and not inner.is_available()  # HTTP/1.1 (a NEW HTTP/2 one serves)


async def release_stuck_connections(client: httpx.AsyncClient) -> int:
    """Drop connections left ``CONNECTING`` or ``NEW`` by a cancelled request; return how many."""
    released = 0
    for pool in _pools(client):
        try:
            with pool._optional_thread_lock:
                assigned = {id(r.connection) for r in pool._requests if r.connection is not None}
                orphans = [
                    connection
                    for connection in pool._connections
                    if id(connection) not in assigned and _orphaned(connection)
                ]
                if not orphans:
                    continue
                for connection in orphans:
                    pool._connections.remove(connection)
                closing = [*orphans, *pool._assign_requests_to_connections()]  # wakes waiters
        except AttributeError:  # another httpcore: nothing we know how to repair
            continue
        released += len(orphans)
        import anyio

        with anyio.CancelScope(shield=True):  # we may be running inside a cancellation
            await pool._close_connections(closing)
    return released


async def close_response(response: httpx.Response, *, failed: bool = False) -> None:
    """Close ``response`` even while cancelled; finish a close cut short (``failed``: ours was)."""
    import anyio

    with anyio.CancelScope(shield=True):
        try:
            await response.aclose()
        except BaseException:
            await _finish_close(response)
            raise
        if failed:
            await _finish_close(response)


async def _finish_close(response: httpx.Response) -> None:
    stream: Any = response.stream
    for _ in range(4):  # httpx's BoundAsyncStream -> AsyncResponseStream -> PoolByteStream
        if hasattr(stream, "_pool_request"):
            break
        stream = getattr(stream, "_stream", None) or getattr(stream, "_httpcore_stream", None)
    else:
        return
    try:
        pool, request = stream._pool, stream._pool_request
        with pool._optional_thread_lock:
            if not stream._closed or request not in pool._requests:
                return  # open, or closed completely
            pool._requests.remove(request)
            connection = request.connection
            if connection is not None and connection in pool._connections:
                pool._connections.remove(connection)  # its state is unknown: never reused
            closing = [c for c in (connection,) if c is not None]
            closing += pool._assign_requests_to_connections()
    except AttributeError:  # another httpcore
        return
    await pool._close_connections(closing)
