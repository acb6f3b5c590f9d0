"""JSONL streams: ``async with op.stream(...) as events: async for event in events``.

Each line is parsed by its ``type`` tag into the generated event model; a type the spec
does not know (or an event that does not parse) becomes an :class:`UnknownEvent`, never
dropped. The HTTP response is closed when the ``async with`` block exits, whether by the
end of the stream, ``break``, an exception or cancellation.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, Generic, TypeVar

import attrs
import httpx

from ._exceptions import error_from_transport
from ._jsonl import aiter_json_lines

__all__ = ["AsyncByteStream", "AsyncEventStream", "UnknownEvent", "parse_event"]

EventT = TypeVar("EventT")

Open = Callable[[], Awaitable[httpx.Response]]
"""Open the response (retries included); the body is not read yet."""


@attrs.frozen
class UnknownEvent:
    """An event whose ``type`` this SDK version does not know; ``raw`` is the whole line."""

    type: str | None
    data: Any
    raw: Any


def parse_event(value: Any, events: Mapping[str, Any]) -> Any:
    """Parse one JSON line into the model its ``type`` names, else an :class:`UnknownEvent`."""
    kind = value.get("type") if isinstance(value, dict) else None
    model = events.get(kind) if isinstance(kind, str) else None
    if model is not None:
        try:
            return model.from_dict(value)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a known type whose payload drifted: keep it, unparsed
    data = value.get("data") if isinstance(value, dict) else value
    return UnknownEvent(type=kind if isinstance(kind, str) else None, data=data, raw=value)


class _Opened(Generic[EventT]):
    """Shared ``async with`` handling: open on enter, close on exit."""

    def __init__(self, open_response: Open) -> None:
        self._open = open_response
        self._response: httpx.Response | None = None

    @property
    def response(self) -> httpx.Response:
        """The HTTP response (status, headers); only inside the ``async with`` block."""
        if self._response is None:
            raise RuntimeError("Use the stream in 'async with' first")
        return self._response

    async def _enter(self) -> httpx.Response:
        if self._response is not None:
            raise RuntimeError("A stream can be opened only once")
        self._response = await self._open()
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.aclose()


class AsyncEventStream(_Opened[EventT]):
    """The typed events of one JSONL response."""

    def __init__(self, open_response: Open, events: Mapping[str, Any]) -> None:
        super().__init__(open_response)
        self._events = events
        self._lines: AsyncIterator[Any] | None = None

    async def __aenter__(self) -> AsyncEventStream[EventT]:
        response = await self._enter()
        self._lines = aiter_json_lines(response.aiter_bytes())
        return self

    def __aiter__(self) -> AsyncEventStream[EventT]:
        return self

    async def __anext__(self) -> EventT:
        if self._lines is None:
            raise RuntimeError("Iterate the stream inside 'async with'")
        try:
            value = await self._lines.__anext__()
        except httpx.TransportError as exc:
            error = error_from_transport(exc, self.response.request)
        else:
            event: EventT = parse_event(value, self._events)
            return event
        raise error  # outside ``except``: no implicit context holding the httpx error


class AsyncByteStream(_Opened[bytes]):
    """A binary download, read chunk by chunk: ``async for chunk in stream``."""

    async def __aenter__(self) -> AsyncByteStream:
        await self._enter()
        return self

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self.response.aiter_bytes()
