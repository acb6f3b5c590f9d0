"""Blocking forms of the async core's results, and the base of the generated sync resources.

Each wraps the async object and runs its coroutines on the client's :class:`~._loop.Loop`;
none re-implements paging or stream reading. ``for`` replaces ``async for``, ``with``
replaces ``async with``:

- :class:`Paginator` (a ``list`` call): ``.page`` is the first page, ``for item in it`` walks
  every item across pages, ``.pages()``, ``.collect(limit=)``, ``.stream()``.
- :class:`EventStream`, :class:`ItemStream`, :class:`ByteStream`: ``with ... as s: for x in s``.
- :class:`BatchStream` (``cbk.batch_stream``): ``with ... as results: for r in results``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from ._pagination import page_items

if TYPE_CHECKING:
    import httpx

    from ._batch import Batch, BatchResult
    from ._loop import Loop
    from ._pagination import AsyncItemStream, AsyncPaginator
    from ._progress import BatchProgress
    from ._scoped import ScopedResponse
    from ._streaming import AsyncByteStream, AsyncEventStream

__all__ = [
    "BatchStream",
    "ByteStream",
    "EventStream",
    "HeldOpen",
    "ItemStream",
    "Paginator",
    "SyncIterator",
    "SyncNamespace",
    "SyncOperation",
    "SyncResource",
]

T = TypeVar("T")
ItemT = TypeVar("ItemT")
PageT = TypeVar("PageT")
EventT = TypeVar("EventT")
ResultT = TypeVar("ResultT")
I = TypeVar("I")  # noqa: E741  (a batch item)
_S = TypeVar("_S", bound="_BlockingResponse")

_DONE: Any = object()


async def _next(iterator: AsyncIterator[T]) -> T:
    """The next item, or ``_DONE`` (no StopAsyncIteration crossing threads)."""
    try:
        return await iterator.__anext__()
    except StopAsyncIteration:
        return _DONE  # type: ignore[no-any-return]


class SyncIterator(Iterator[T]):
    """An async iterator of the core, iterated with ``for`` one loop round trip at a time."""

    __slots__ = ("_iterator", "_loop")

    def __init__(self, iterator: AsyncIterator[T], loop: Loop) -> None:
        self._iterator = iterator
        self._loop = loop

    def __iter__(self) -> SyncIterator[T]:
        return self

    def __next__(self) -> T:
        value: T = self._loop.run(_next, self._iterator)
        if value is _DONE:
            raise StopIteration
        return value


class _Bound:
    """Holds the async object it forwards to and the loop that runs it.

    Generated subclasses narrow ``_target`` to the async class they mirror.
    """

    __slots__ = ("__dict__", "_loop", "_target")
    _target: Any

    def __init__(self, target: Any, loop: Loop) -> None:
        self._target = target
        self._loop = loop

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class SyncResource(Generic[T]):
    """A top-level attribute of the blocking client (``cbk.bot``): its mirror class, imported
    and built on first access, then cached on the client."""

    __slots__ = ("_cls", "_key", "_module", "_name")

    def __init__(self, package: str, module: str, cls: str) -> None:
        self._module = f"{package}.{module}"
        self._cls = cls
        self._name = self._key = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name, self._key = name, f"_ns_{name}"

    def load(self) -> type[T]:
        """The mirror class (imports its module)."""
        import importlib

        cls: type[T] = getattr(importlib.import_module(self._module), self._cls)
        return cls

    @overload
    def __get__(self, client: None, owner: type) -> SyncResource[T]: ...
    @overload
    def __get__(self, client: _Bound, owner: type) -> T: ...
    def __get__(self, client: _Bound | None, owner: type) -> Any:
        if client is None:
            return self
        resource = client.__dict__.get(self._key)
        if resource is None:
            target = getattr(client._target, self._name)
            resource = client.__dict__[self._key] = self.load()(target, client._loop)  # type: ignore[call-arg]
        return resource


class SyncNamespace(_Bound):
    """Base of the generated blocking namespaces (``cbk.bot``...): forwards to the async one."""

    __slots__ = ()


class SyncOperation(_Bound):
    """Base of the generated blocking operations with several forms (``complete.stream``)."""

    __slots__ = ()


class Paginator(Generic[ItemT, PageT]):
    """A blocking ``list`` call: ``.page`` is the first page; ``for`` walks every item.

    Nothing is sent until it is used. Each ``for``, ``pages()`` or ``collect()`` starts
    from the call's ``cursor`` (reusing ``.page`` if it was read), like the async paginator.
    """

    __slots__ = ("_first", "_loop", "_pager")

    def __init__(self, pager: AsyncPaginator[ItemT, PageT], loop: Loop) -> None:
        self._pager = pager
        self._loop = loop
        self._first: list[PageT] = []

    @property
    def page(self) -> PageT:
        """The first page (fetched once, on first access; it may be empty)."""
        if not self._first:
            self._first.append(self._loop.run(self._pager._first_page))
        return self._first[0]

    @property
    def items(self) -> list[ItemT]:
        """The items of the first page."""
        return list(page_items(self.page))

    def __iter__(self) -> Iterator[ItemT]:
        for page in self.pages():
            yield from page_items(page)

    def pages(self) -> Iterator[PageT]:
        """Every non-empty page, in order."""
        first = self._first[0] if self._first else None
        return SyncIterator(self._pager._pages(first), self._loop)

    def collect(self, *, limit: int | None = None) -> list[ItemT]:
        """Every item (at most ``limit``) as a list; stops fetching once ``limit`` is reached."""
        return self._loop.run(self._pager.collect, limit=limit)

    def stream(self) -> ItemStream[ItemT]:
        """The whole list in one JSONL response: ``with ... .stream() as items: for ...``."""
        return ItemStream(self._pager.stream(), self._loop)

    def __repr__(self) -> str:
        return repr(self._pager).replace("AsyncPaginator", "Paginator")


class _BlockingResponse:
    """A core stream opened by ``with`` (or ``open()``) and closed on exit (or ``close()``)."""

    __slots__ = ("_loop", "_stream")

    def __init__(self, stream: ScopedResponse, loop: Loop) -> None:
        self._stream = stream
        self._loop = loop

    @property
    def response(self) -> httpx.Response:
        """The HTTP response (status, headers); only once the stream is open."""
        return self._stream.response

    def open(self: _S) -> _S:
        """Send the request now: a typed error (``NotFoundError``...) is raised here."""
        self._loop.run(self._stream.open)
        return self

    def close(self) -> None:
        """Close the response (idempotent)."""
        self._loop.run(self._stream.aclose)

    def __enter__(self: _S) -> _S:
        return self.open()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class EventStream(_BlockingResponse, Generic[EventT, ResultT]):
    """The typed events of a JSONL operation: ``with op.stream(...) as events: for e in events``.

    ``text_stream`` yields only the token text; ``final()`` reads the rest and returns the
    result. See :class:`~chatbotkit.AsyncEventStream` for the end and error rules.
    """

    __slots__ = ()
    _stream: AsyncEventStream[EventT, ResultT]

    def __init__(self, stream: AsyncEventStream[EventT, ResultT], loop: Loop) -> None:
        super().__init__(stream, loop)

    def __iter__(self) -> Iterator[EventT]:
        return SyncIterator(self._stream, self._loop)

    @property
    def text_stream(self) -> Iterator[str]:
        """Only the text: the ``token`` of each ``token`` event, in order."""
        return SyncIterator(self._stream.text_stream, self._loop)

    def final(self) -> ResultT:
        """Read the rest of the stream; return the ``result`` event's data."""
        return self._loop.run(self._stream.final)

    @property
    def events_received(self) -> int:
        return self._stream.events_received

    @property
    def open_operations(self) -> frozenset[Any]:
        return self._stream.open_operations


class ItemStream(_BlockingResponse, Generic[ItemT]):
    """The items of one JSONL list response: ``with cbk.bot.list().stream() as bots``."""

    __slots__ = ()
    _stream: AsyncItemStream[ItemT]

    def __init__(self, stream: AsyncItemStream[ItemT], loop: Loop) -> None:
        super().__init__(stream, loop)

    def __iter__(self) -> Iterator[ItemT]:
        return SyncIterator(self._stream, self._loop)

    @property
    def skipped(self) -> dict[str, int]:
        """Lines of other types skipped so far (type -> count)."""
        return self._stream.skipped


class ByteStream(_BlockingResponse):
    """A binary download read in chunks: ``with cbk.file.download.stream(id) as chunks``."""

    __slots__ = ()
    _stream: AsyncByteStream

    def __init__(self, stream: AsyncByteStream, loop: Loop) -> None:
        super().__init__(stream, loop)

    def __iter__(self) -> Iterator[bytes]:
        return SyncIterator(aiter(self._stream), self._loop)


class HeldOpen(Generic[T]):
    """Base of the ``with`` forms of the core's async context managers (an agent run, a
    batch stream): entered and exited in one task on the loop, closed by ``__exit__``."""

    __slots__ = ("_cm", "_loop")

    def __init__(self, loop: Loop) -> None:
        self._loop = loop
        self._cm: AbstractContextManager[T] | None = None

    def _hold(self, cm: AbstractAsyncContextManager[T]) -> T:
        held = self._loop.context(cm)
        value = held.__enter__()
        self._cm = held
        return value

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        cm, self._cm = self._cm, None
        if cm is not None:
            cm.__exit__(exc_type, exc, tb)


class BatchStream(HeldOpen[AsyncIterator["BatchResult[I, T]"]], Generic[I, T]):
    """A blocking batch's results as they complete: ``with cbk.batch_stream(items, fn) as
    results: for r in results``. The batch starts on entering; leaving cancels the rest."""

    __slots__ = ("_batch",)

    def __init__(self, batch: Batch[I, T], loop: Loop) -> None:
        super().__init__(loop)
        self._batch = batch

    def __enter__(self) -> Iterator[BatchResult[I, T]]:
        return SyncIterator(self._hold(self._batch), self._loop)

    @property
    def progress(self) -> BatchProgress:
        """The counters right now (see :attr:`chatbotkit.Batch.progress`)."""
        return self._batch.progress
