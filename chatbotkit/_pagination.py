"""Cursor pagination and JSONL list streaming for ``list`` (and item ``export``) operations."""

# ``await cbk.bot.list(take=10)`` fetches one page (the generated ``<Resource>Page``);
# ``async for bot in cbk.bot.list(take=100)`` walks every item across pages, ``.pages()``
# yields the pages, ``.collect(limit=...)`` gathers items into a list, and
# ``async with cbk.bot.list().stream() as bots: async for bot in bots`` pulls the whole list
# in one ``Accept: application/jsonl`` response.
#
# Paging rules (the API's): the next cursor is the ``id`` of the last item of a page. The walk
# ends on an empty page, or, when ``take`` is given, on a page shorter than ``take`` (so keep
# ``take`` within the API's page limit: a capped page reads as the last one). Without
# ``take`` the client cannot know the server's page size, so only an empty page ends the walk
# (one extra request); the page's own ``cursor`` field is only a fallback for an item without
# an ``id``. A cursor seen before raises :class:`RepeatedCursorError` instead of looping.
#
# Memory is flat: item iteration holds one page (a stream, one chunk of lines) at a time and
# the repeat guard keeps a fixed number of cursors. An error raised while paging or streaming
# carries ``resume_cursor``: pass it as ``cursor=`` to continue where the failure happened
# (``None``: from the start); it stays the original typed error (``NotFoundError``...).

from __future__ import annotations

import functools
import time
from collections import deque
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
    Sequence,
)
from typing import Any, Generic, TypeVar

import anyio
import httpx

from chatbotkit_gen.types import UNSET, Unset

from ._body import body_lines, busy_error
from ._check import count
from ._exceptions import (
    ChatBotKitError,
    PaginationError,
    RepeatedCursorError,
    StreamDecodeError,
    StreamEventError,
    UsageError,
    excerpt,
)
from ._jsonl import DEFAULT_MAX_LINE_SIZE, NO_VALUE, JSONLines
from ._logging import logger
from ._scoped import ScopedResponse

__all__ = ["AsyncItemStream", "AsyncPaginator"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

FetchPage = Callable[[str | Unset], Awaitable[PageT]]
"""Fetch the page after ``cursor`` (UNSET: the first page), retries included."""
OpenStream = Callable[[str | Unset], Awaitable[httpx.Response]]
"""Open the JSONL response listing the items after ``cursor``; the body is not read yet."""
ParseItem = Callable[[Mapping[str, Any]], ItemT]
"""The item model's ``from_dict``."""
LinesFor = Callable[[httpx.Response], JSONLines]
"""The JSONL reader of a streamed response (``_body.body_lines`` with the client's limits)."""

_REPEAT_WINDOW = 32
"""Recent cursors checked exactly; longer cycles are caught by Brent's algorithm."""


def page_items(page: Any) -> Sequence[Any]:
    """The ``items`` of a page; a page without them (spec drift) counts as empty."""
    items = getattr(page, "items", None)
    return items if isinstance(items, list) else []


def _resumable(exc: ChatBotKitError, cursor: str | Unset) -> None:
    """Record where to resume on an error escaping a paginator (first annotation wins)."""
    if "resume_cursor" not in exc.__dict__:
        exc.resume_cursor = None if isinstance(cursor, Unset) else cursor


class AsyncPaginator(Generic[ItemT, PageT]):
    """A ``list`` call: await it for one page, ``async for`` it for every item.

    Each use (``await``, ``async for``, ``pages()``, ``collect()``, ``stream()``) starts
    afresh from the ``cursor`` the call was given. ``stream()`` exists for operations whose
    spec offers a JSONL response; elsewhere it raises :class:`PaginationError`.
    """

    __slots__ = ("_cursor", "_fetch", "_lines_for", "_open_stream", "_parse_item", "_take")

    def __init__(
        self,
        fetch: FetchPage[PageT],
        *,
        cursor: str | Unset = UNSET,
        take: Any = UNSET,
        open_stream: OpenStream | None = None,
        parse_item: ParseItem[ItemT] | None = None,
        lines_for: LinesFor | None = None,
    ) -> None:
        self._fetch = fetch
        self._lines_for = lines_for
        self._cursor = cursor if isinstance(cursor, str) and cursor else UNSET
        self._take = take if isinstance(take, int) and take > 0 else None
        self._open_stream = open_stream
        self._parse_item = parse_item

    def __await__(self) -> Generator[Any, None, PageT]:
        return self._first_page().__await__()

    async def _first_page(self) -> PageT:
        try:
            return await self._fetch(self._cursor)
        except ChatBotKitError as exc:
            _resumable(exc, self._cursor)
            raise

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return _Items(self.pages())

    def pages(self) -> AsyncIterator[PageT]:
        """Every non-empty page, in order (awaiting the paginator gives the first, even empty)."""
        return _Pages(self._fetch, self._cursor, self._take)

    def _pages(self, first: PageT | None) -> AsyncIterator[PageT]:
        """:meth:`pages`, starting from an already fetched first page (``None``: fetch it)."""
        return _Pages(self._fetch, self._cursor, self._take, first)

    async def collect(self, *, limit: int | None = None) -> list[ItemT]:
        """Every item (at most ``limit``) as a list; stops fetching once ``limit`` is reached."""
        if limit is not None:
            count(limit, "limit")
        result: list[ItemT] = []
        if limit == 0:
            return result
        async for item in self:
            result.append(item)
            if limit is not None and len(result) >= limit:
                break
        return result

    def stream(self) -> AsyncItemStream[ItemT]:
        """The whole list in one JSONL response: ``async with ... .stream() as items``.

        ``take`` is not sent (one response carries every item); ``cursor``, ``order`` and
        filters are. Leave early with ``break``: the response closes when the block exits.
        """
        if self._open_stream is None or self._parse_item is None:
            raise PaginationError("This list operation has no JSONL form; iterate it instead")
        return AsyncItemStream(
            self._open_stream, self._parse_item, self._cursor, lines_for=self._lines_for
        )

    def __repr__(self) -> str:
        cursor = None if isinstance(self._cursor, Unset) else self._cursor
        return f"<AsyncPaginator cursor={cursor!r} take={self._take}>"


class _CursorGuard:
    """Detect a server sending the walk round in circles, in constant memory.

    The last ``_REPEAT_WINDOW`` cursors are checked exactly, so a server ignoring ``cursor``
    is caught on the first repeated page, before its items are yielded. A longer cycle is
    caught by Brent's algorithm (a cursor saved at every power-of-two step) within two laps.
    """

    __slots__ = ("_power", "_recent", "_recent_set", "_saved", "_steps")

    def __init__(self, start: str | Unset) -> None:
        self._recent: deque[str] = deque()
        self._recent_set: set[str] = set()
        self._saved: str | None = None
        self._power = 1
        self._steps = 0
        if isinstance(start, str):
            self.check(start)

    def check(self, cursor: str) -> None:
        if cursor in self._recent_set or cursor == self._saved:
            raise RepeatedCursorError(cursor)
        self._steps += 1
        if self._steps == self._power:
            self._saved, self._power, self._steps = cursor, self._power * 2, 0
        self._recent.append(cursor)
        self._recent_set.add(cursor)
        if len(self._recent) > _REPEAT_WINDOW:
            self._recent_set.discard(self._recent.popleft())


def _item_error(exc: Exception, lines: JSONLines) -> StreamDecodeError:
    """A list stream's item that does not fit its model, located by line."""
    number, line = lines.last_line()
    message = f"List item does not match its model ({type(exc).__name__}: {exc})"
    return StreamDecodeError(message, line_number=number, excerpt=excerpt(line))


def _next_cursor(page: Any, items: Sequence[Any]) -> str:
    """The id of the last item (the API's rule); the page's ``cursor`` if it has none."""
    for candidate in (getattr(items[-1], "id", None), getattr(page, "cursor", None)):
        if isinstance(candidate, str) and candidate:
            return candidate
    raise PaginationError("Cannot fetch the next page: the last item has no id")


class _Pages(Generic[PageT]):
    """A class, not an async generator: leaving a loop early needs no ``aclose()``."""

    __slots__ = ("_busy", "_cursor", "_done", "_fetch", "_first", "_guard", "_take")

    def __init__(
        self,
        fetch: FetchPage[PageT],
        cursor: str | Unset,
        take: int | None,
        first: PageT | None = None,
    ) -> None:
        self._fetch = fetch
        self._cursor = cursor
        self._take = take
        self._guard = _CursorGuard(cursor)
        self._done = False
        self._first = first  # the first page, when the caller already fetched it
        self._busy = False

    def __aiter__(self) -> _Pages[PageT]:
        return self

    async def __anext__(self) -> PageT:
        if self._done:
            raise StopAsyncIteration
        if self._busy:  # two tasks would fetch the same cursor twice
            raise busy_error("list iterator")
        cursor, first, self._first = self._cursor, self._first, None
        self._busy = True
        try:
            page = first if first is not None else await self._fetch(cursor)
            items = page_items(page)
            if not items:
                self._done = True
                raise StopAsyncIteration
            if self._take is not None and len(items) < self._take:
                self._done = True
            else:
                next_cursor = _next_cursor(page, items)
                self._guard.check(next_cursor)
                self._cursor = next_cursor
        except ChatBotKitError as exc:
            self._done = True
            _resumable(exc, cursor)
            raise
        except BaseException:  # cancellation, or an error of the caller's fetch
            self._done = True
            raise
        finally:
            self._busy = False
        return page


class _Items(Generic[ItemT, PageT]):
    """The items of successive pages; holds one page at a time."""

    __slots__ = ("_page", "_pages")

    def __init__(self, pages: AsyncIterator[PageT]) -> None:
        self._pages = pages
        self._page: Iterator[ItemT] = iter(())  # the current page's items not yielded yet

    def __aiter__(self) -> _Items[ItemT, PageT]:
        return self

    async def __anext__(self) -> ItemT:
        while True:
            for item in self._page:  # the next item of this page, if any
                return item
            # An exhausted list iterator has dropped its page: only the next one is held.
            self._page = iter(page_items(await self._pages.__anext__()))


class AsyncItemStream(ScopedResponse, Generic[ItemT]):
    """The items of one ``application/jsonl`` list response, read line by line.

    Use it in ``async with``: the response is opened on enter and closed on exit, whether
    the loop ended, broke, raised or was cancelled (iterating before it is open raises
    ``RuntimeError`` rather than risk leaving a connection open); or ``await open()`` it and
    hand it to something that closes it (``aclose()``), such as :func:`chatbotkit.jsonl_body`. Lines are
    ``{"type": "item", "data": {...}}``; ``data`` is parsed with the list's item model. An
    ``error`` line raises :class:`StreamEventError`; an item that does not fit the model, or
    a line that is not a JSON object, raises :class:`StreamDecodeError`. A line of another
    type is skipped, logged once per type and counted in ``skipped`` (type -> count).
    """

    def __init__(
        self,
        open_stream: OpenStream,
        parse: ParseItem[ItemT],
        cursor: str | Unset,
        *,
        lines_for: LinesFor | None = None,
    ):
        super().__init__(lambda: open_stream(cursor))
        self._lines_for = lines_for
        self._busy = False
        self._parse = parse
        self._cursor = cursor  # advanced to each yielded item's id: where to resume
        self._lines: JSONLines | None = None
        self._closed = False  # not response.is_closed: httpx closes a fully read body itself
        self.skipped: dict[str, int] = {}

    async def open(self) -> AsyncItemStream[ItemT]:
        """Send the request now (see :meth:`ScopedResponse.open`); errors carry the cursor."""
        try:
            return await super().open()
        except ChatBotKitError as exc:
            _resumable(exc, self._cursor)
            raise

    def _started(self, response: httpx.Response) -> None:
        super()._started(response)
        lines_for = self._lines_for or functools.partial(
            body_lines, max_line_size=DEFAULT_MAX_LINE_SIZE, now=time.monotonic
        )
        self._lines = lines_for(response)

    async def _close(self) -> None:
        self._closed = True  # buffered lines are not delivered after closing
        await super()._close()
        if self._lines is not None:
            with anyio.CancelScope(shield=True):
                await self._lines.close()  # the byte iterators too (see _body.BodyChunks)

    def __aiter__(self) -> AsyncItemStream[ItemT]:
        return self

    async def __anext__(self) -> ItemT:
        if self._busy:
            raise busy_error("list stream")
        self._busy = True
        try:  # one coroutine per item: reading a chunk and parsing are inline
            lines = self._lines
            if lines is None:
                raise UsageError(
                    "Iterate a list stream inside 'async with op(...).stream() as items:'"
                    " (or after 'await items.open()') so that the response is closed when done"
                )
            parse = self._parse
            while True:
                if self._closed:
                    raise StopAsyncIteration
                value = lines.next_value()
                if value is NO_VALUE:
                    if not await lines.fill():  # SDK errors only (see _body)
                        raise StopAsyncIteration
                    continue
                if type(value) is not dict or value.get("type") != "item":
                    self._other_line(value, lines)
                    continue
                try:
                    item = parse(value["data"])
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    raise _item_error(exc, lines) from exc
                try:
                    item_id = item.id  # type: ignore[attr-defined]
                except AttributeError:
                    item_id = None
                if type(item_id) is str and item_id:
                    self._cursor = item_id
                return item
        except ChatBotKitError as exc:
            _resumable(exc, self._cursor)
            raise
        finally:
            self._busy = False

    def _other_line(self, value: Any, lines: JSONLines) -> None:
        """A line that is not an item: raise for an error or a non-object; else skip it."""
        number, line = lines.last_line()
        if not isinstance(value, dict):
            raise StreamDecodeError(
                "Expected a JSON object in a list stream", line_number=number, excerpt=excerpt(line)
            )
        kind = value.get("type")
        if kind == "error":
            raise StreamEventError(value.get("data"))
        tag = kind if isinstance(kind, str) else ""
        if tag not in self.skipped:
            logger.warning("Skipping a %r line in a list stream (line %d)", tag, number)
        self.skipped[tag] = self.skipped.get(tag, 0) + 1
