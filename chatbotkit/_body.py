"""Reading response bodies with SDK errors only: chunk iteration and bounded error prefixes."""

# Every place that reads a body after the headers arrived (event streams, list streams,
# downloads) iterates :class:`BodyChunks`, so a reset, a timeout, a corrupt ``gzip`` body or a
# read after the response was closed becomes an :mod:`._exceptions` error with the httpx error
# as ``__cause__``, never a raw httpx exception.

from __future__ import annotations

import gc
import types
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

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

    __slots__ = ("_chunks", "_request", "next_chunk")

    def __init__(self, response: httpx.Response) -> None:
        self._request = response.request
        self._chunks: AsyncIterator[bytes] = response.aiter_bytes()
        self.next_chunk: Callable[[], Awaitable[bytes]] = self._chunks.__anext__
        """The next chunk, its errors untranslated: for a reader that awaits it and maps its
        errors with :meth:`error_for` itself (one coroutine less per chunk than ``__anext__``).
        An attribute, not a method (no call of ours per chunk): the byte iterator's own
        ``__anext__``, then after :meth:`aclose` a function raising :class:`UsageError`."""

    def __aiter__(self) -> BodyChunks:
        return self

    async def __anext__(self) -> bytes:
        pending = self.next_chunk()
        try:
            return await pending
        except (httpx.RequestError, httpx.StreamError) as exc:
            error = _read_error(exc, self._request)
        raise error  # outside ``except``: the SDK error carries the cause itself

    def error_for(self, exc: BaseException) -> Exception | None:
        """The SDK error for ``exc`` raised while reading the body (``__cause__`` set: raise it
        as is); ``None`` when ``exc`` is not a body-reading error (raise ``exc`` itself)."""
        if isinstance(exc, (httpx.RequestError, httpx.StreamError)):
            return _read_error(exc, self._request)
        return None

    async def aclose(self) -> None:
        """Close the byte iterators after the response was closed (idempotent).

        httpx and httpcore read a body through a chain of nested async generators and
        closing the outer one leaves the inner ones to the garbage collector, which trio
        reports as ~6 ``ResourceWarning``s per stream left early; close each, innermost first.
        """
        self.next_chunk = _closed_body
        for generator in reversed(_generator_chain(self._chunks)):
            try:
                await generator.aclose()
            except Exception:
                pass


def _closed_body() -> Awaitable[bytes]:
    """``BodyChunks.next_chunk`` once closed."""
    raise UsageError("The response was closed: read a body inside its 'async with' block")


def _read_error(exc: httpx.RequestError | httpx.StreamError, request: httpx.Request) -> Exception:
    """The SDK error for an httpx error raised while reading a body."""
    if isinstance(exc, httpx.RequestError):  # transport errors and httpx.DecodingError
        return error_from_transport(exc, request)
    error = UsageError(  # StreamClosed, StreamConsumed: a usage error
        f"The response body can no longer be read ({type(exc).__name__}): iterate"
        " a stream inside its 'async with' block, once"
    )
    error.__cause__ = exc
    return error


def _generator_chain(outer: object) -> list[types.AsyncGeneratorType[Any, Any]]:
    """``outer`` and the async generators it is iterating, outermost first (found through the
    references of each suspended generator)."""
    chain: list[types.AsyncGeneratorType[Any, Any]] = []
    current: object = outer
    while isinstance(current, types.AsyncGeneratorType) and len(chain) < 32:
        chain.append(current)
        if current.ag_frame is None:  # finished or closed: nothing below it is alive
            break
        current = next(  # the generator's frame (its ``async for`` iterator) is traversed
            (o for o in gc.get_referents(current) if isinstance(o, types.AsyncGeneratorType)),
            None,
        )
    return chain


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
