"""One HTTP response per stream, opened once and closed on exit, even when cancelled."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import TypeVar

import httpx

from ._exceptions import UsageError
from ._pool import close_response

__all__ = ["Open", "ScopedResponse"]

Open = Callable[[], Awaitable[httpx.Response]]
"""Open the response (retries included); the body is not read yet."""

_S = TypeVar("_S", bound="ScopedResponse")


class ScopedResponse:
    """One HTTP response per stream: opened by ``await open()`` or ``async with`` (request
    sent, status checked, retries done), closed by ``aclose()`` or on exit, even when
    cancelled (shielded). Event streams, byte streams and JSONL list streams build on it."""

    def __init__(self, open_response: Open) -> None:
        self._open = open_response
        self._response: httpx.Response | None = None

    @property
    def response(self) -> httpx.Response:
        """The current HTTP response (status, headers); only once the stream is open."""
        if self._response is None:
            raise UsageError("Open the stream first: 'await stream.open()' or 'async with'")
        return self._response

    async def open(self: _S) -> _S:
        """Send the request now: a typed error (``NotFoundError``...) is raised here, before
        any byte is read, so a web handler can still answer with a status. Idempotent."""
        if self._response is None:
            self._started(await self._open())
        elif self._response.is_closed:
            raise UsageError("A stream can be opened only once")
        return self

    def _started(self, response: httpx.Response) -> None:
        """Keep the opened response (subclasses also start reading its body)."""
        self._response = response

    async def aclose(self) -> None:
        """Close the response (idempotent, shielded from cancellation)."""
        await self._close()

    async def _close(self) -> None:
        if self._response is not None:
            await close_response(self._response)  # even while being cancelled

    async def __aenter__(self: _S) -> _S:
        return await self.open()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc is not None and self._response is not None:  # maybe a close cut short
            await close_response(self._response, failed=True)
        await self._close()
