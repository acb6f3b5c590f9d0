"""The one JSONL decoder: bytes chunks in, JSON values out, lines split on bytes and bounded."""

# Lines are split on ``b"\n"`` only, at the bytes level. ``str.splitlines()`` and httpx's
# ``aiter_lines()`` also break at U+2028, U+2029 and U+0085, which JSON allows unescaped
# inside strings, so they would cut a valid message in two. Splitting bytes also means a
# multi-byte UTF-8 character split across chunks needs no special care: whole lines are
# decoded. One trailing ``b"\r"`` per line is dropped (CRLF) and whitespace-only lines are
# skipped.
#
# Bounded: a line longer than ``max_line_size`` (default :data:`DEFAULT_MAX_LINE_SIZE`) raises
# :class:`StreamDecodeError` naming the limit instead of buffering without end, and with an
# ``idle`` limit, :meth:`JSONLines.fill` raises :class:`APITimeoutError` once that long passed
# without a value (bytes that never complete an event, e.g. blank lines, do not count).

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterable, Awaitable, Callable
from typing import Any

import httpx

from ._exceptions import APITimeoutError, StreamDecodeError, excerpt
from ._json import FAST

__all__ = [
    "DEFAULT_MAX_LINE_SIZE",
    "NO_VALUE",
    "JSONLines",
    "LineDecoder",
    "aiter_json_lines",
    "decode_line",
]

DEFAULT_MAX_LINE_SIZE = 16 * 1024 * 1024
"""16 MiB: far above any real event (a long completion is a few hundred KiB), far below RSS
trouble."""

_EXCERPT = 80


_scan_once: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
"""The C scanner ``json.loads`` ends in, called directly: a line costs one Python call."""


def decode_line(line: bytes, line_number: int) -> Any:
    """Parse one JSONL line; raise :class:`StreamDecodeError` if it is not UTF-8 JSON.

    msgspec first when installed (``_json.FAST``); whatever it refuses, the stdlib decides.
    The stdlib scans the common line (one value, nothing around it) directly; anything else
    (surrounding whitespace, trailing data, invalid JSON) goes through ``json.loads``, which
    decides and words the error.
    """
    try:
        if FAST is not None:
            try:
                return FAST(line)
            except (ValueError, RecursionError):
                pass  # the stdlib gives the value (NaN, a lone surrogate...) or the error
        text = line.decode()  # UTF-8 (the default: no argument to parse)
        try:
            value, end = _scan_once(text, 0)
        except StopIteration:  # no value at offset 0: leading whitespace, or not JSON
            end = -1
        if end != len(text):
            value = json.loads(text)
        return value
    except UnicodeDecodeError as exc:
        message = f"Invalid UTF-8 in stream at byte {exc.start}"
        raise StreamDecodeError(
            message, line_number=line_number, excerpt=excerpt(line, _EXCERPT)
        ) from exc
    except (ValueError, RecursionError) as exc:
        message = f"Invalid JSON in stream: {exc}"
        raise StreamDecodeError(
            message, line_number=line_number, excerpt=excerpt(line, _EXCERPT)
        ) from exc


class LineDecoder:
    """Incremental splitter: ``feed`` chunks, get complete non-blank lines (no ``\\n``/``\\r``).

    ``line_number`` counts every line completed so far, blank ones included, so it matches
    what an editor shows. Linear in the input: a long line arriving in many small chunks
    is kept as a list of pieces and joined once.
    """

    __slots__ = ("_pending", "_pieces", "line_number", "max_line_size")

    def __init__(self, max_line_size: int = DEFAULT_MAX_LINE_SIZE) -> None:
        if max_line_size < 1:
            raise ValueError(f"max_line_size must be >= 1, got {max_line_size}")
        self._pieces: list[bytes] = []
        self._pending = 0  # bytes in _pieces
        self.line_number = 0
        self.max_line_size = max_line_size

    def split(self, chunk: bytes) -> list[bytes]:
        """All lines completed by ``chunk``, raw (may be blank or end in ``\\r``)."""
        lines = chunk.split(b"\n")
        limit = self.max_line_size
        if len(lines) == 1:  # no newline: the line goes on
            if chunk:
                self._pieces.append(chunk)
                self._pending += len(chunk)
                if self._pending > limit:
                    self._too_long(self.line_number + 1, b"".join(self._pieces[:1]))
            return []
        if self._pieces:
            self._pieces.append(lines[0])
            lines[0] = b"".join(self._pieces)
            self._pieces = []
        tail = lines.pop()
        self._pending = len(tail)
        if tail:
            self._pieces.append(tail)
        if len(chunk) > limit or len(lines[0]) > limit:
            for offset, line in enumerate(lines):
                if len(line) > limit:
                    self._too_long(self.line_number + 1 + offset, line)
        if self._pending > limit:
            self._too_long(self.line_number + len(lines) + 1, tail)
        self.line_number += len(lines)
        return lines

    def _too_long(self, line_number: int, line: bytes) -> None:
        self._pieces, self._pending = [], 0  # nothing more is kept
        raise StreamDecodeError(
            f"Line longer than the max_line_size limit of {self.max_line_size} bytes",
            line_number=line_number,
            excerpt=excerpt(line[: _EXCERPT * 8], _EXCERPT),
        )

    def finish(self) -> list[bytes]:
        """End of stream: the unterminated last line, if any, raw."""
        if not self._pieces:
            return []
        line = b"".join(self._pieces)
        self._pieces, self._pending = [], 0
        self.line_number += 1
        return [line]

    def feed(self, chunk: bytes) -> list[bytes]:
        """Add ``chunk``; return the non-blank lines it completed."""
        return [_strip_cr(line) for line in self.split(chunk) if line and not line.isspace()]

    def flush(self) -> list[bytes]:
        """End of stream: return the last line if it had no newline and is not blank."""
        return [_strip_cr(line) for line in self.finish() if not line.isspace()]


def _strip_cr(line: bytes) -> bytes:
    return line[:-1] if line.endswith(b"\r") else line


NO_VALUE: Any = object()
"""What :meth:`JSONLines.next_value` returns when no complete line is buffered."""


class JSONLines:
    """Async iterator of parsed values; a class (not an async generator) so that leaving a
    loop early needs no ``aclose()`` and never triggers async-generator finalization.

    The stream layers call :meth:`next_value` (sync: the next buffered value) and await
    :meth:`fill` (one more chunk) themselves, so a value costs no extra coroutine per layer.
    """

    __slots__ = (
        "_chunks",
        "_decoder",
        "_done",
        "_error_for",
        "_first",
        "_idle",
        "_index",
        "_lines",
        "_next_chunk",
        "_now",
        "_request",
        "_waiting",
    )

    def __init__(
        self,
        chunks: AsyncIterable[bytes],
        *,
        max_line_size: int = DEFAULT_MAX_LINE_SIZE,
        idle: float | None = None,
        request: httpx.Request | None = None,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        self._chunks = chunks.__aiter__()
        # A ChunkSource (_body.BodyChunks) is awaited directly, its errors mapped here: one
        # coroutine less per chunk than awaiting its translating ``__anext__``.
        source: Any = self._chunks
        self._next_chunk: Callable[[], Awaitable[bytes]] = getattr(
            source, "next_chunk", source.__anext__
        )
        self._error_for: Callable[[BaseException], Exception | None] | None = getattr(
            source, "error_for", None
        )
        self._decoder = LineDecoder(max_line_size)
        self._lines: list[bytes] = []  # raw lines (blank ones included) of the last chunk
        self._index = 0
        self._first = 1  # the line number of self._lines[0]
        self._done = False
        self._idle = idle
        self._request = request  # for the idle timeout's message
        self._now = now
        self._waiting: float | None = None  # when the wait for the next value began

    def __aiter__(self) -> JSONLines:
        return self

    def __len__(self) -> int:
        """Lines buffered and not consumed yet (at most one chunk's)."""
        return len(self._lines) - self._index

    def next_value(self) -> Any:
        """The next buffered value (parsed now: values before a bad line are still
        delivered), or :data:`NO_VALUE` when :meth:`fill` must be awaited first."""
        lines = self._lines
        index = self._index
        while index < len(lines):
            line = lines[index]
            index += 1
            # A line starting above b" " is not blank: only the others need isspace().
            if line and (line[0] > 32 or not line.isspace()):
                self._index = index
                self._waiting = None
                if line[-1] == 13:  # b"\r"
                    line = line[:-1]
                return decode_line(line, self._first + index - 1)
        self._index = index
        return NO_VALUE

    def last_line(self) -> tuple[int, bytes]:
        """The line number and raw bytes of the value :meth:`next_value` returned last."""
        index = max(self._index - 1, 0)
        line = self._lines[index] if index < len(self._lines) else b""
        return self._first + index, _strip_cr(line)

    async def fill(self) -> bool:
        """Read one more chunk into the buffer; False when the body has ended."""
        error: Exception | None = None
        try:
            chunk = await self.read()
        except StopAsyncIteration:
            return self.end()
        except Exception as exc:
            error = self.failed(exc)
            if error is exc:
                raise
        if error is not None:
            raise error  # outside ``except``: the SDK error carries its cause itself
        self.feed(chunk)
        return True

    # fill() in three steps, for a stream's own loop to inline (one coroutine less per chunk):
    # await read(); then feed() its chunk, end() at StopAsyncIteration, or raise failed(exc).

    def read(self) -> Awaitable[bytes]:
        """The next chunk to await (StopAsyncIteration once the body ended); the idle limit
        is checked first."""
        if self._done:
            raise StopAsyncIteration
        if self._idle is not None:  # inline: this runs once per chunk
            now = self._now()
            if self._waiting is None:
                self._waiting = now
            elif now - self._waiting > self._idle:
                self._done = True
                raise self._idle_error()
        return self._next_chunk()

    def feed(self, chunk: bytes) -> None:
        """Buffer the lines ``chunk`` completes."""
        decoder = self._decoder
        start = decoder.line_number + 1
        self._lines, self._index, self._first = decoder.split(chunk), 0, start

    def end(self) -> bool:
        """The body ended: buffer its unterminated last line; False if it had ended before."""
        if self._done:
            return False
        self._done = True
        start = self._decoder.line_number + 1
        self._lines, self._index, self._first = self._decoder.finish(), 0, start
        return True

    def failed(self, exc: Exception) -> Exception:
        """What to raise for ``exc`` from awaiting :meth:`read`: its SDK error, else ``exc``."""
        error = None if self._error_for is None else self._error_for(exc)
        return exc if error is None else error

    def _idle_error(self) -> APITimeoutError:
        return APITimeoutError(
            f"Read timeout: no event for {self._idle:g}s (bytes without an event do not count)",
            request=self._request,
            phase="read",
        )

    async def close(self) -> None:
        """Close the byte iterator if it can be closed (trio warns about unclosed ones)."""
        close = getattr(self._chunks, "aclose", None)
        if close is not None:
            try:
                await close()
            finally:  # a closed ChunkSource has a new next_chunk (it raises UsageError)
                self._next_chunk = getattr(self._chunks, "next_chunk", self._next_chunk)

    async def __anext__(self) -> Any:
        while True:
            value = self.next_value()
            if value is not NO_VALUE:
                return value
            if not await self.fill():
                raise StopAsyncIteration


def aiter_json_lines(chunks: AsyncIterable[bytes]) -> JSONLines:
    """Yield the JSON value of every non-blank line of a byte stream.

    ``chunks`` is typically ``response.aiter_bytes()`` (or ``aiter_raw()``). A malformed
    line raises :class:`StreamDecodeError` (1-based ``line_number``, short ``excerpt``)
    after all values before it were yielded. The decoder does not own the HTTP response:
    the caller must close it in a ``finally`` (on error, ``break`` or cancellation), e.g.
    ``async with client.stream(...) as response:`` around the loop.
    """
    return JSONLines(chunks)
