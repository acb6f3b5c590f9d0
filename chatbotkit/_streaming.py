"""JSONL event streams and binary downloads: typed events in, the response closed on the way out."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any, Generic, Literal, TypeVar

import anyio
import attrs
import httpx

from ._body import BodyChunks, body_lines, busy_error
from ._check import count
from ._completion import Completion
from ._exceptions import (
    ChatBotKitError,
    IncompleteStreamError,
    InvalidParameterError,
    StreamEventError,
    UsageError,
)
from ._jsonl import DEFAULT_MAX_LINE_SIZE, NO_VALUE, JSONLines
from ._scoped import Open, ScopedResponse

__all__ = [
    "AsyncByteStream",
    "AsyncEventStream",
    "StreamKind",
    "UnknownEvent",
    "parse_event",
]

EventT = TypeVar("EventT")
ResultT = TypeVar("ResultT")

StreamKind = Literal["result", "task", "items"]
"""How a JSONL operation's stream ends (see :class:`AsyncEventStream`)."""

_PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)
_RULED_TAGS: Mapping[str, frozenset[str]] = {
    "result": frozenset({"error", "result"}),
    "task": frozenset({"error", "operationBegin", "operationEnd"}),
    "items": frozenset({"error"}),
}
"""Per ``kind``, the event types a stream rule applies to; any other known type is parsed
with one dict lookup (``_plain``)."""


@attrs.frozen
class UnknownEvent:
    """An event whose ``type`` this SDK version does not know; ``raw`` is the whole line."""

    type: str | None
    data: Any
    raw: Any

    def to_dict(self) -> dict[str, Any]:
        """The line as received (wire form), like a known event's ``to_dict()``."""
        if isinstance(self.raw, dict):
            return dict(self.raw)
        return {"type": self.type, "data": self.data}


def parse_event(value: Any, events: Mapping[str, Any]) -> Any:
    """Parse one JSON line into the model its ``type`` names, else an :class:`UnknownEvent`."""
    kind = value.get("type") if isinstance(value, dict) else None
    model = events.get(kind) if isinstance(kind, str) else None
    if model is not None:
        try:
            return model.from_dict(value)
        except _PARSE_ERRORS:
            pass  # a known type whose payload drifted: keep it, unparsed
    data = value.get("data") if isinstance(value, dict) else value
    return UnknownEvent(type=kind if isinstance(kind, str) else None, data=data, raw=value)


class AsyncEventStream(ScopedResponse, Generic[EventT, ResultT]):
    """The typed events of one JSONL operation (a continued completion: several responses).

    ``async for event in stream`` yields every event; ``text_stream`` only the token text;
    ``await final()`` consumes the rest and returns the result. Use inside ``async with``.

    Each line is decoded by :mod:`._jsonl` and parsed by its ``type`` tag (one dict lookup)
    into the generated event model; a type the spec does not know (or an event that does not
    parse) becomes an :class:`UnknownEvent`, never dropped. The HTTP response is closed when
    the ``async with`` block exits (end, ``break``, an exception or cancellation) and before
    any stream error is raised.

    How a stream ends depends on its ``kind`` (chosen per operation by the generator):
    ``"result"`` (complete, send, ...): the body must contain a ``result`` event, else
    :class:`IncompleteStreamError`; ``final()`` returns its data; ``auto_continue=N``
    continues a result cut by ``length`` up to N times into one stitched result (see
    :mod:`._completion`). ``"task"``: the end of the body is normal unless an operation is
    still open (``operationBegin`` without its ``operationEnd``). ``"items"`` (channel and
    event-log subscriptions): the end of the body is the end.

    An ``error`` event raises :class:`StreamEventError` unless ``raise_on_error_event=False``,
    which delivers it as an event (it then also counts as the end of a ``"result"`` stream).
    Retries cover opening a response only: once events reached the caller, a failure raises
    (:class:`APIConnectionError`, :class:`StreamDecodeError`...) and nothing is replayed.
    """

    def __init__(
        self,
        open_response: Open,
        events: Mapping[str, Any],
        *,
        kind: StreamKind = "items",
        raise_on_error_event: bool = True,
        auto_continue: int = 0,
        reopen: Open | None = None,
        max_line_size: int = DEFAULT_MAX_LINE_SIZE,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(open_response)
        if count(auto_continue, "auto_continue") and (reopen is None or kind != "result"):
            raise InvalidParameterError(
                "auto_continue needs a continuable stream", parameter="auto_continue"
            )
        self._events = events
        self._kind = kind
        ruled = _RULED_TAGS[kind]
        self._plain: dict[Any, Callable[[Any], Any]] = {  # tag -> its model's from_dict, bound once
            tag: model.from_dict for tag, model in events.items() if tag not in ruled
        }
        self.raise_on_error_event = raise_on_error_event
        self._reopen = reopen
        self._lines: JSONLines | None = None
        self._done = False
        self._received = 0
        self._completion = Completion(auto_continue)
        self._error: Any = None  # an error event delivered (raise_on_error_event=False)
        self._open_ops: set[Any] = set()
        self._max_line_size = max_line_size
        self._now = now
        self._busy = False

    def _started(self, response: httpx.Response) -> None:
        super()._started(response)
        self._lines = body_lines(response, max_line_size=self._max_line_size, now=self._now)

    async def _close(self) -> None:
        """Close the response (see ``ScopedResponse``); buffered events are not delivered
        afterwards."""
        await super()._close()
        lines, self._lines = self._lines, None
        if lines is not None:
            with anyio.CancelScope(shield=True):
                await lines.close()  # the byte iterators too (see _body.BodyChunks)

    def __aiter__(self) -> AsyncEventStream[EventT, ResultT]:
        return self

    @property
    def events_received(self) -> int:
        """How many events were read so far (all responses of a continued stream)."""
        return self._received

    @property
    def open_operations(self) -> frozenset[Any]:
        """Task streams: ids of the operations begun and not yet ended."""
        return frozenset(self._open_ops)

    @property
    def text_stream(self) -> AsyncIterator[str]:
        """Only the text: the ``token`` of each ``token`` event, in order."""
        return _TextStream(self, self._events.get("token"))

    async def final(self) -> ResultT:
        """Consume the rest of the stream; return the ``result`` event's data (stitched when
        continued). ``None`` for streams without a result; raises :class:`StreamEventError`
        if an error event was delivered instead of a result."""
        async for _ in self:
            pass
        if not self._completion.has_result and self._error is not None:
            raise StreamEventError(self._error)
        result: ResultT = self._completion.result
        return result

    async def __anext__(self) -> EventT:
        if self._busy:
            raise busy_error("stream")
        self._busy = True
        try:
            while True:
                lines = self._lines
                if lines is None:
                    if self._done:
                        raise StopAsyncIteration
                    raise UsageError(
                        "Iterate the stream inside 'async with' or after 'await stream.open()'"
                    )
                error: Exception
                try:
                    value = lines.next_value()
                    while value is NO_VALUE:  # no buffered line: lines.fill(), inline
                        try:
                            chunk = await lines.read()
                        except StopAsyncIteration:
                            if not lines.end():
                                break
                        else:
                            lines.feed(chunk)
                        value = lines.next_value()
                except ChatBotKitError as exc:  # see _body: transport, decoding, size, idle, usage
                    error = exc
                    break
                except Exception as exc:  # from reading a chunk: its SDK error (see _body)
                    error = lines.failed(exc)
                    if error is exc:
                        raise
                    break
                if value is NO_VALUE:
                    await self._end_of_body()
                    continue
                self._received += 1
                if type(value) is dict:  # the common event: one lookup, no rule of the stream
                    try:
                        from_dict = self._plain.get(value.get("type"))
                    except TypeError:  # an unhashable "type"
                        from_dict = None
                    if from_dict is not None:
                        try:
                            event: EventT = from_dict(value)
                            return event
                        except _PARSE_ERRORS:
                            pass  # a payload that drifted: kept unparsed below
                try:
                    ruled = self._with_rules(value)
                except StreamEventError as exc:
                    error = exc
                    break
                if ruled is not None:  # None: a result part that will be continued
                    return ruled  # type: ignore[no-any-return]
            await self._close()
            self._done = True
            raise error
        finally:
            self._busy = False

    def _with_rules(self, value: Any) -> Any:
        """An event a rule of this stream's ``kind`` applies to (error, result, operations),
        an unknown one, or one that did not parse: the event to deliver, or ``None``."""
        tag = value.get("type") if type(value) is dict else None
        if tag == "error":
            if self.raise_on_error_event:
                raise StreamEventError(value.get("data"))
            self._error = value.get("data")
        event = parse_event(value, self._events)
        if tag == "result" and self._kind == "result":
            return self._completion.on_result(event)  # None: a part that will be continued
        if self._kind == "task" and (tag == "operationBegin" or tag == "operationEnd"):
            self._on_operation(tag, value)
        return event

    def _on_operation(self, tag: str, value: dict[str, Any]) -> None:
        data = value.get("data")
        op_id = data.get("id") if isinstance(data, dict) else None
        if isinstance(op_id, list | dict):  # unhashable JSON: tracked by its repr
            op_id = repr(op_id)
        if tag == "operationBegin":
            self._open_ops.add(op_id)
        else:
            self._open_ops.discard(op_id)

    async def _end_of_body(self) -> None:
        """The body ended: continue the completion, finish, or raise if it is incomplete."""
        await self._close()
        if self._reopen is not None and self._completion.take_continuation():
            self._done = True  # if opening fails, the stream stays finished
            self._started(await self._reopen())
            self._done = False
            return
        self._done = True
        if self._incomplete():
            raise IncompleteStreamError(events_received=self._received)

    def _incomplete(self) -> bool:
        if self._kind == "result":
            return not self._completion.has_result and self._error is None
        if self._kind == "task":
            return bool(self._open_ops) and self._error is None
        return False


class _TextStream:
    """``stream.text_stream``: token texts only (a class, so ``break`` needs no ``aclose``)."""

    __slots__ = ("_stream", "_token")

    def __init__(self, stream: AsyncEventStream[Any, Any], token: Any) -> None:
        self._stream = stream
        self._token = token

    def __aiter__(self) -> _TextStream:
        return self

    async def __anext__(self) -> str:
        token = self._token  # None: no event is of type None, so no text
        while True:
            event = await self._stream.__anext__()
            if type(event) is token:
                try:
                    text = event.data.token
                except AttributeError:  # a token event without data: no text
                    continue
                if type(text) is str:  # the lenient model may hold UNSET, None, 5...
                    return text


class AsyncByteStream(ScopedResponse):
    """A binary download, read chunk by chunk: ``async for chunk in stream``."""

    _chunks: BodyChunks | None = None

    def __aiter__(self) -> AsyncIterator[bytes]:
        # SDK errors only (resets, corrupt gzip, reading after the block): see _body
        self._chunks = BodyChunks(self.response)
        return self._chunks

    async def _close(self) -> None:
        await super()._close()
        if self._chunks is not None:
            with anyio.CancelScope(shield=True):
                await self._chunks.aclose()
