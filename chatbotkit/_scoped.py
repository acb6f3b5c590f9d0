"""One HTTP response per ``async with``, closed on exit even when cancelled: shared by every stream."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from types import TracebackType

import anyio
import httpx

__all__ = ["Open", "ScopedResponse"]

Open = Callable[[], Awaitable[httpx.Response]]
"""Open the response (retries included); the body is not read yet."""


class ScopedResponse:
    """One HTTP response per ``async with``: opened on enter, closed on exit even when
    cancelled (shielded). Event streams, byte streams and JSONL list streams build on it."""

    def __init__(self, open_response: Open) -> None:
        self._open = open_response
        self._response: httpx.Response | None = None

    @property
    def response(self) -> httpx.Response:
        """The current HTTP response (status, headers); only inside the ``async with`` block."""
        if self._response is None:
            raise RuntimeError("Use the stream in 'async with' first")
        return self._response

    async def _enter(self) -> httpx.Response:
        if self._response is not None:
            raise RuntimeError("A stream can be opened only once")
        self._response = await self._open()
        return self._response

    async def _close(self) -> None:
        if self._response is not None and not self._response.is_closed:
            with anyio.CancelScope(shield=True):  # close even while being cancelled
                await self._response.aclose()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._close()
