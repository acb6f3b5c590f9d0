"""The connection pool's front door: a fair admission gate, and a repair for cancelled connects."""

# - :class:`RequestGate` lets at most ``max_connections`` requests into httpx at once. httpcore
#   1.0 re-scans every queued request against every connection whenever a request enters or
#   leaves the pool (quadratic: 1,000 queued tasks on 100 connections spend minutes there and
#   end in ``PoolTimeout``); queued here, they cost nothing. The wait counts as the pool wait.
# - :func:`release_stuck_connections` works around an httpcore 1.0.x bug: a request cancelled
#   (or timing out in the pool) just after the pool assigned it a *new* connection, before it
#   began connecting, leaves that connection ``CONNECTING`` forever, holding a pool slot; enough
#   of them and every later call ends in ``PoolTimeout``. After any failed or cancelled send the
#   client marks such orphans (a connection no live request is assigned to, never connected,
#   not failed) as failed, so the pool drops them, and hands the slots to waiting requests. It
#   touches httpcore internals, guarded: with another httpcore it does nothing.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import anyio

__all__ = ["RequestGate", "release_stuck_connections"]


class RequestGate:
    """A FIFO limit on requests inside httpx (one per pool connection); lazily bound to the
    running event loop (anyio), uncontended acquisition does not yield."""

    __slots__ = ("_limit", "_semaphore")

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._semaphore: anyio.Semaphore | None = None

    async def acquire(self, wait: float, request: httpx.Request) -> None:
        """Wait for a turn; ``httpx.PoolTimeout`` after ``wait`` seconds."""
        import anyio  # not at import: constructing a client stays cheap

        semaphore = self._semaphore
        if semaphore is None:
            semaphore = self._semaphore = anyio.Semaphore(self._limit)
        try:
            semaphore.acquire_nowait()
            return
        except anyio.WouldBlock:
            pass
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


async def release_stuck_connections(client: httpx.AsyncClient) -> int:
    """Drop connections left ``CONNECTING`` by a cancelled request; return how many."""
    released = 0
    for pool in _pools(client):
        try:
            assigned = {id(r.connection) for r in pool._requests if r.connection is not None}
            orphans = [
                connection
                for connection in pool._connections
                if getattr(connection, "_connection", 0) is None
                and getattr(connection, "_connect_failed", True) is False
                and id(connection) not in assigned
            ]
            if not orphans:
                continue
            for connection in orphans:
                connection._connect_failed = True  # is_closed(): removed at the next pass
            with pool._optional_thread_lock:
                closing = pool._assign_requests_to_connections()  # wakes waiting requests
        except AttributeError:  # another httpcore: nothing we know how to repair
            continue
        released += len(orphans)
        import anyio

        with anyio.CancelScope(shield=True):  # we may be running inside a cancellation
            await pool._close_connections(closing)
    return released
