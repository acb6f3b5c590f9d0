"""Cursor pagination for ``list`` operations.

``await cbk.bot.list(take=10)`` fetches one page (the generated ``List...Response200``);
``async for bot in cbk.bot.list(take=100)`` walks every item across pages. The next cursor
is the ``id`` of the last item; paging stops on an empty page or a page shorter than
``take``, and a cursor seen before raises :class:`RepeatedCursorError` instead of looping.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Awaitable, Callable, Generator, Sequence
from typing import Any, Generic, TypeVar

from chatbotkit_gen.types import UNSET, Unset

from ._exceptions import PaginationError, RepeatedCursorError

__all__ = ["AsyncPaginator"]

ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")

FetchPage = Callable[[str | Unset], Awaitable[PageT]]
"""Fetch the page after ``cursor`` (UNSET: the first page)."""


def page_items(page: Any) -> Sequence[Any]:
    """The ``items`` of a page; a page without them (spec drift) counts as empty."""
    items = getattr(page, "items", None)
    return items if isinstance(items, list) else []


class AsyncPaginator(Generic[ItemT, PageT]):
    """Awaitable (one page) and async-iterable (every item); each use starts afresh."""

    __slots__ = ("_cursor", "_fetch", "_take")

    def __init__(self, fetch: FetchPage[PageT], *, cursor: str | Unset = UNSET, take: Any = UNSET):
        self._fetch = fetch
        self._cursor = cursor
        self._take = take if isinstance(take, int) and take > 0 else None

    def __await__(self) -> Generator[Any, None, PageT]:
        return self._fetch(self._cursor).__await__()

    def __aiter__(self) -> _ItemIterator[ItemT, PageT]:
        return _ItemIterator(self._fetch, self._cursor, self._take)

    def __repr__(self) -> str:
        return f"<AsyncPaginator take={self._take}>"


class _ItemIterator(Generic[ItemT, PageT]):
    """A class, not an async generator: ``break`` needs no ``aclose()``."""

    __slots__ = ("_buffer", "_cursor", "_done", "_fetch", "_seen", "_take")

    def __init__(self, fetch: FetchPage[PageT], cursor: str | Unset, take: int | None):
        self._fetch = fetch
        self._cursor = cursor
        self._take = take
        self._buffer: deque[ItemT] = deque()
        self._seen: set[str] = set()
        self._done = False

    def __aiter__(self) -> _ItemIterator[ItemT, PageT]:
        return self

    async def __anext__(self) -> ItemT:
        while not self._buffer:
            if self._done:
                raise StopAsyncIteration
            await self._next_page()
        return self._buffer.popleft()

    async def _next_page(self) -> None:
        items = page_items(await self._fetch(self._cursor))
        self._buffer.extend(items)
        if not items or (self._take is not None and len(items) < self._take):
            self._done = True
            return
        cursor = getattr(items[-1], "id", None)
        if not isinstance(cursor, str) or not cursor:
            raise PaginationError("Cannot fetch the next page: the last item has no id")
        if cursor in self._seen:
            raise RepeatedCursorError(cursor)
        self._seen.add(cursor)
        self._cursor = cursor
