"""Re-stream an SDK stream to a browser: Server-Sent Events or JSONL, as async byte iterators."""

# ``to_sse(stream)`` and ``to_jsonl(stream)`` turn an event stream (``op.stream(...)``) or a
# JSONL list stream (``op.list(...).stream()``) into the body of a Starlette/FastAPI
# ``StreamingResponse``. Open the stream first (``await stream.open()``) so that an upstream
# error is a typed exception raised before the response starts; from then on the body owns
# the stream and closes it when it ends, fails, or is cancelled (client gone). A failure after
# the first byte becomes a final ``error`` event (code and message) instead of a torn
# connection. One event is read from upstream per chunk the server asks for: nothing is
# buffered beyond what the client has not read yet.

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, Mapping
from contextlib import aclosing
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeAlias

import anyio

from ._check import seconds, wrong_type
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ChatBotKitError,
    IncompleteStreamError,
    StreamDecodeError,
    StreamError,
)
from ._logging import logger
from ._scoped import ScopedResponse
from ._serialize import to_dict

if TYPE_CHECKING:
    from ._pagination import AsyncItemStream
    from ._streaming import AsyncEventStream

Restreamable: TypeAlias = "AsyncEventStream[Any, Any] | AsyncItemStream[Any]"
"""An event stream (``op.stream(...)``) or a JSONL list stream (``op.list().stream()``)."""

__all__ = ["SSE_HEADERS", "to_jsonl", "to_sse"]

SSE_HEADERS: Mapping[str, str] = MappingProxyType(
    {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
)
"""Headers an SSE response wants: no caching, no proxy buffering (nginx)."""

_KEEPALIVE = b": keep-alive\n\n"
_FALLBACK_CODES: tuple[tuple[type[ChatBotKitError], str], ...] = (
    (APITimeoutError, "UPSTREAM_TIMEOUT"),
    (APIConnectionError, "UPSTREAM_UNAVAILABLE"),
    (IncompleteStreamError, "INCOMPLETE_STREAM"),
    (StreamDecodeError, "STREAM_DECODE_ERROR"),
    (StreamError, "STREAM_ERROR"),
)


def _wire(event: Any) -> Any:
    """The JSON wire form of one event or item (an unknown event: its raw line)."""
    return to_dict(event)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def _error_wire(exc: BaseException) -> dict[str, Any]:
    """``{"type": "error", "data": {"code", "message"}}`` for a failure after the first byte."""
    code = getattr(exc, "code", None)
    if not isinstance(code, str) or not code:
        code = next((c for t, c in _FALLBACK_CODES if isinstance(exc, t)), "INTERNAL_SERVER_ERROR")
    if isinstance(exc, ChatBotKitError):
        message = getattr(exc, "message", None) or str(exc)
    else:
        message = "The stream failed"  # an unexpected error: no internals to the client
    return {"type": "error", "data": {"code": code, "message": message}}


async def _wire_events(stream: Restreamable) -> AsyncGenerator[Any, None]:
    """The stream's events (list items as ``item`` lines), each in its JSON wire form."""
    from ._pagination import AsyncItemStream  # already loaded: the stream came from it

    items = isinstance(stream, AsyncItemStream)
    await stream.open()
    async for event in stream:
        wire = _wire(event)
        yield {"type": "item", "data": wire} if items else wire


async def _frames(stream: Restreamable, keepalive: float | None) -> AsyncGenerator[Any, None]:
    """Wire events, then an error dict on failure; ``None`` after ``keepalive`` s of silence.

    The stream is closed whatever happens (end, error, cancellation, the body abandoned)."""
    closing = False  # the body is being closed: nothing more may be yielded
    try:
        events = _wire_events(stream)
        if keepalive is not None:
            events = _with_keepalive(events, keepalive)
        async with aclosing(events):  # a closed body closes the generators it drives
            async for wire in events:
                try:
                    yield wire
                except GeneratorExit:
                    closing = True
                    raise
    except ChatBotKitError as exc:
        if closing:
            raise
        logger.warning("Stream failed after the response started: %r", exc)
        yield _error_wire(exc)
    except Exception as exc:
        if not closing:
            yield _error_wire(exc)
        raise
    finally:
        await stream.aclose()


async def _with_keepalive(
    source: AsyncGenerator[Any, None], every: float
) -> AsyncGenerator[Any, None]:
    """``source``'s values, and ``None`` whenever it has been silent for ``every`` seconds.

    A reader task hands values over an unbuffered channel: at most one value waits. The
    reader never blocks on its last word (the end or a failure): it closes the channel."""
    send, receive = anyio.create_memory_object_stream[Any](0)
    failure: list[Exception] = []

    async def read() -> None:
        async with send, aclosing(source):
            try:
                async for value in source:
                    await send.send(value)
            except Exception as exc:
                failure.append(exc)

    host = anyio.get_current_task().id
    abandoned = closed = False
    try:
        async with anyio.create_task_group() as group, receive:
            group.start_soon(read)
            try:
                while True:
                    value, silent = None, True
                    with anyio.move_on_after(every):  # never yield inside this scope
                        value, silent = await receive.receive(), False
                    yield value if not silent else None
            except anyio.EndOfStream:
                pass  # the reader is done; a failure is raised below, outside the group
            except GeneratorExit:
                closed = True  # the body was closed: stop the reader, then end quietly
            finally:
                if anyio.get_current_task().id == host:
                    group.cancel_scope.cancel()
                else:  # an abandoned body, finalized by another task: never cancel the host
                    abandoned = True
                    receive.close()  # the reader stops at its next hand-over
    except RuntimeError:
        if not abandoned:  # else: the group cannot be exited from here; its reader ends alone
            raise
    if failure and not closed:
        raise failure[0]


def to_sse(stream: Restreamable, *, keepalive: float | None = None) -> AsyncGenerator[bytes, None]:
    """Server-Sent Events: ``event: <type>`` and ``data: <JSON wire form>`` per event, a final
    ``error`` event on failure, and a ``: keep-alive`` comment after ``keepalive`` seconds
    of upstream silence. Closes ``stream`` when done."""
    _check_stream(stream)
    return _sse(stream, seconds(keepalive, "keepalive"))


async def _sse(stream: Restreamable, keepalive: float | None) -> AsyncGenerator[bytes, None]:
    async with aclosing(_frames(stream, keepalive)) as frames:
        async for wire in frames:
            if wire is None:
                yield _KEEPALIVE
                continue
            kind = wire.get("type") if isinstance(wire, dict) else None
            name = kind if isinstance(kind, str) and kind and kind.isprintable() else "message"
            yield f"event: {name}\ndata: {_dumps(wire)}\n\n".encode()


def to_jsonl(stream: Restreamable) -> AsyncGenerator[bytes, None]:
    """JSONL: one JSON wire form per line (list items as ``{"type": "item", ...}``), and a
    final ``{"type": "error", ...}`` line on failure. Closes ``stream`` when done."""
    _check_stream(stream)
    return _jsonl(stream)


def _check_stream(stream: object) -> None:
    """Refuse anything but an SDK stream now, not at the first chunk of a started response."""
    if not (isinstance(stream, ScopedResponse) and hasattr(stream, "__aiter__")):
        hint = ": pass its .stream()" if type(stream).__name__ == "AsyncPaginator" else ""
        raise wrong_type(
            "stream", f"an event stream (op.stream(...)) or a list's .stream(){hint}", stream
        )


async def _jsonl(stream: Restreamable) -> AsyncGenerator[bytes, None]:
    async with aclosing(_frames(stream, None)) as frames:
        async for wire in frames:
            yield (_dumps(wire) + "\n").encode()
