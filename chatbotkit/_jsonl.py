"""The one JSONL decoder: bytes chunks in, JSON values out.

Lines are split on ``b"\\n"`` only, at the bytes level. ``str.splitlines()`` and httpx's
``aiter_lines()`` also break at U+2028, U+2029 and U+0085, which JSON allows unescaped
inside strings, so they would cut a valid message in two. Splitting bytes also means a
multi-byte UTF-8 character split across chunks needs no special care: whole lines are
decoded. One trailing ``b"\\r"`` per line is dropped (CRLF) and whitespace-only lines are
skipped.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import AsyncIterable, AsyncIterator
from typing import Any

from ._exceptions import StreamDecodeError, excerpt

__all__ = ["LineDecoder", "aiter_json_lines", "decode_line"]

_EXCERPT = 80


def _loads(line: bytes) -> Any:
    """Parse one line. The single place to swap in a faster parser (it takes bytes)."""
    return json.loads(line.decode("utf-8"))


def decode_line(line: bytes, line_number: int) -> Any:
    """Parse one JSONL line; raise :class:`StreamDecodeError` if it is not UTF-8 JSON."""
    try:
        return _loads(line)
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

    __slots__ = ("_pieces", "line_number")

    def __init__(self) -> None:
        self._pieces: list[bytes] = []
        self.line_number = 0

    def _split(self, chunk: bytes) -> list[bytes]:
        """All lines completed by ``chunk``, raw (may be blank or end in ``\\r``)."""
        if chunk.find(b"\n") < 0:
            if chunk:
                self._pieces.append(chunk)
            return []
        lines = chunk.split(b"\n")
        if self._pieces:
            self._pieces.append(lines[0])
            lines[0] = b"".join(self._pieces)
            self._pieces = []
        tail = lines.pop()
        if tail:
            self._pieces.append(tail)
        self.line_number += len(lines)
        return lines

    def _rest(self) -> list[bytes]:
        """The unterminated last line, if any (ends the stream)."""
        if not self._pieces:
            return []
        line = b"".join(self._pieces)
        self._pieces = []
        self.line_number += 1
        return [line]

    def feed(self, chunk: bytes) -> list[bytes]:
        """Add ``chunk``; return the non-blank lines it completed."""
        return [_strip_cr(line) for line in self._split(chunk) if line and not line.isspace()]

    def flush(self) -> list[bytes]:
        """End of stream: return the last line if it had no newline and is not blank."""
        return [_strip_cr(line) for line in self._rest() if not line.isspace()]

    def feed_numbered(self, chunk: bytes) -> list[tuple[int, bytes]]:
        """Like :meth:`feed`, pairing each line with its 1-based line number."""
        first = self.line_number + 1
        return _numbered(first, self._split(chunk))

    def flush_numbered(self) -> list[tuple[int, bytes]]:
        """Like :meth:`flush`, pairing the line with its 1-based line number."""
        return _numbered(self.line_number + 1, self._rest())


def _strip_cr(line: bytes) -> bytes:
    return line[:-1] if line.endswith(b"\r") else line


def _numbered(first: int, lines: list[bytes]) -> list[tuple[int, bytes]]:
    return [
        (number, _strip_cr(line))
        for number, line in enumerate(lines, first)
        if line and not line.isspace()
    ]


class _JSONLines:
    """Async iterator of parsed values; a class (not an async generator) so that leaving a
    loop early needs no ``aclose()`` and never triggers async-generator finalization."""

    __slots__ = ("_chunks", "_decoder", "_done", "_lines")

    def __init__(self, chunks: AsyncIterable[bytes]) -> None:
        self._chunks = chunks.__aiter__()
        self._decoder = LineDecoder()
        self._lines: deque[tuple[int, bytes]] = deque()
        self._done = False

    def __aiter__(self) -> _JSONLines:
        return self

    async def __anext__(self) -> Any:
        while not self._lines:
            if self._done:
                raise StopAsyncIteration
            try:
                chunk = await self._chunks.__anext__()
            except StopAsyncIteration:
                self._done = True
                self._lines.extend(self._decoder.flush_numbered())
            else:
                self._lines.extend(self._decoder.feed_numbered(chunk))
        # Parse lazily, one line per step: values before a bad line are still delivered.
        number, line = self._lines.popleft()
        return decode_line(line, number)


def aiter_json_lines(chunks: AsyncIterable[bytes]) -> AsyncIterator[Any]:
    """Yield the JSON value of every non-blank line of a byte stream.

    ``chunks`` is typically ``response.aiter_bytes()`` (or ``aiter_raw()``). A malformed
    line raises :class:`StreamDecodeError` (1-based ``line_number``, short ``excerpt``)
    after all values before it were yielded. The decoder does not own the HTTP response:
    the caller must close it in a ``finally`` (on error, ``break`` or cancellation), e.g.
    ``async with client.stream(...) as response:`` around the loop.
    """
    return _JSONLines(chunks)
