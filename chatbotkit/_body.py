"""Reading response bodies with SDK errors only: chunk iteration and bounded error prefixes.

Every place that reads a body after the headers arrived (event streams, list streams,
downloads) iterates :class:`BodyChunks`, so a reset, a timeout, a corrupt ``gzip`` body or a
read after the response was closed becomes an :mod:`._exceptions` error with the httpx error
as ``__cause__``, never a raw httpx exception.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx

from ._exceptions import UsageError, error_from_transport
from ._jsonl import JSONLines

__all__ = ["ERROR_BODY_LIMIT", "BodyChunks", "body_lines", "busy_error", "read_prefix"]

ERROR_BODY_LIMIT = 64 * 1024
"""Bytes of an error body read at most: plenty for ``{"message", "code"}``; the rest is
discarded (the connection is closed rather than drained)."""


class BodyChunks:
    """``response.aiter_bytes()`` raising SDK errors; a class, so ``break`` needs no ``aclose``.

    ``aclose()`` closes the underlying byte iterator (trio warns about unclosed ones).
    """

    __slots__ = ("_chunks", "_request")

    def __init__(self, response: httpx.Response) -> None:
        self._request = response.request
        self._chunks: AsyncIterator[bytes] = response.aiter_bytes()

    def __aiter__(self) -> BodyChunks:
        return self

    async def __anext__(self) -> bytes:
        error: Exception
        try:
            return await self._chunks.__anext__()
        except httpx.RequestError as exc:  # transport errors and httpx.DecodingError
            error = error_from_transport(exc, self._request)
        except httpx.StreamError as exc:  # StreamClosed, StreamConsumed: a usage error
            error = UsageError(
                f"The response body can no longer be read ({type(exc).__name__}): iterate"
                " a stream inside its 'async with' block, once"
            )
            error.__cause__ = exc
        raise error  # outside ``except``: the SDK error carries the cause itself

    async def aclose(self) -> None:
        """Close the byte iterator (idempotent; the response is closed by its owner)."""
        close = getattr(self._chunks, "aclose", None)
        if close is not None:
            try:
                await close()
            except (httpx.HTTPError, httpx.StreamError):  # already broken: nothing to free
                pass


async def read_prefix(response: httpx.Response, limit: int = ERROR_BODY_LIMIT) -> bytes:
    """At most ``limit`` decoded bytes of an unread body (b"" if reading fails); the caller
    closes the response. A 300 MB error page costs ``limit`` bytes, not 300 MB."""
    parts: list[bytes] = []
    size = 0
    chunks = response.aiter_bytes()
    try:
        async for chunk in chunks:
            parts.append(chunk[: limit - size])
            size += len(parts[-1])
            if size >= limit:
                break
    except (httpx.HTTPError, httpx.StreamError):
        pass  # a body that breaks mid-way: the status still says what happened
    finally:
        await chunks.aclose()  # type: ignore[attr-defined]
    return b"".join(parts)


def body_lines(
    response: httpx.Response, *, max_line_size: int, now: Callable[[], float]
) -> JSONLines:
    """The JSONL values of a streamed response: SDK errors only, lines bounded, and the
    request's read timeout applied between values (not between bytes)."""
    idle = response.request.extensions.get("timeout", {}).get("read")
    return JSONLines(
        BodyChunks(response),
        max_line_size=max_line_size,
        idle=idle,
        request=response.request,
        now=now,
    )


def busy_error(what: str) -> UsageError:
    """The error for one iterator advanced by two tasks at once."""
    return UsageError(
        f"This {what} is already being iterated by another task: give each task its own"
        " (or hand items over through a queue)"
    )
