"""Run one async call per item with bounded concurrency, losing and duplicating nothing."""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
import json
import logging
import os
import sys
import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterable,
    Sized,
)
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast

import anyio
import attrs

from ._check import callable_of, count, seconds, wrong_type
from ._exceptions import (
    ChatBotKitError,
    InvalidParameterError,
    InvalidParameterTypeError,
    UsageError,
)
from ._progress import BatchProgress, ProgressSink, make_display

if TYPE_CHECKING:
    from ._client import AsyncChatBotKit
    from ._journal import Journal
    from ._ratelimit import AdaptiveRateLimiter

__all__ = [
    "Batch",
    "BatchError",
    "BatchResult",
    "BatchResults",
    "ItemDeadlineError",
    "UncertainItemError",
    "batch",
    "batch_stream",
    "client_batch",
    "current_item",
]

I = TypeVar("I")  # noqa: E741  (item)
T = TypeVar("T")

logger = logging.getLogger("chatbotkit")

OnUncertain = Literal["skip", "retry"] | Callable[[I], Awaitable[T]]
"""What to do with an item an earlier run started but did not finish."""

DEFAULT_ITEM_DEADLINE = 600.0
"""Seconds one item may take, retries and rate-limit waits included."""


@attrs.frozen
class BatchResult(Generic[I, T]):
    """The outcome of one item: ``index`` in the input, the ``item``, ``value`` or ``error``.

    ``resumed``: the value came from the journal (a finished earlier run), not from a call.
    """

    index: int
    item: I
    value: T | None = None
    error: Exception | None = None
    resumed: bool = False

    @property
    def ok(self) -> bool:
        """Whether ``fn(item)`` returned (``value`` may legitimately be None)."""
        return self.error is None

    def unwrap(self) -> T:
        """The value, or raise the error."""
        if self.error is not None:
            raise self.error
        return self.value  # type: ignore[return-value]  # T may include None


class BatchResults(list[BatchResult[I, T]], Generic[I, T]):
    """Every item's :class:`BatchResult`, in input order (``results[i].index == i``)."""

    @property
    def failed(self) -> list[BatchResult[I, T]]:
        """The results whose call raised (uncertain items skipped included)."""
        return [result for result in self if not result.ok]

    @property
    def succeeded(self) -> list[BatchResult[I, T]]:
        """The results whose call returned."""
        return [result for result in self if result.ok]

    def values(self) -> list[T]:
        """Every value in input order; raise :class:`BatchError` if any item failed."""
        failed = self.failed
        if failed:
            raise BatchError(self) from failed[0].error
        return [result.value for result in self]  # type: ignore[misc]


class BatchError(ChatBotKitError):
    """Some items of a batch failed. ``failed`` lists them (``.item``, ``.error``);
    ``results`` has every outcome, successes included; ``exceptions`` the errors."""

    results: BatchResults[object, object]
    failed: list[BatchResult[object, object]]
    exceptions: tuple[Exception, ...]

    def __init__(self, results: BatchResults[I, T]) -> None:
        self.results = results  # type: ignore[assignment]
        self.failed = results.failed  # type: ignore[assignment]
        self.exceptions = tuple(r.error for r in self.failed if r.error is not None)
        first = self.failed[0]
        super().__init__(
            f"{len(self.failed)} of {len(results)} items failed; first (index {first.index}):"
            f" {type(first.error).__name__}: {first.error}"
        )


class UncertainItemError(ChatBotKitError):
    """An earlier run started this item and did not record its end (``on_uncertain="skip"``):
    its call may or may not have reached the server. ``key`` is its journal key."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(
            f"item {key!r} was started by an earlier run that did not finish it; skipped"
            " (on_uncertain='retry' or a reconcile function decides otherwise)"
        )


class ItemDeadlineError(ChatBotKitError, TimeoutError):
    """One item took longer than ``item_deadline``; it stays uncertain in the journal."""


@attrs.frozen
class ItemContext:
    """The batch item the current task runs: its journal ``key``, and ``rerun`` when an
    earlier run already started it (so a create may have happened: look before creating)."""

    key: str
    index: int
    rerun: bool


_CURRENT: contextvars.ContextVar[ItemContext | None] = contextvars.ContextVar(
    "chatbotkit_batch_item", default=None
)


def current_item() -> ItemContext | None:
    """The batch item this task is running, or None outside a batch."""
    return _CURRENT.get()


def default_key(index: int, item: object) -> str:
    """The item's position and a hash of its value: stable across runs of the same input."""
    try:
        text = json.dumps(item, sort_keys=True, separators=(",", ":"), default=repr)
    except ValueError:  # a circular structure
        text = repr(item)
    return f"{index}:{hashlib.sha256(text.encode()).hexdigest()[:16]}"


async def _aiterate(items: Iterable[I] | AsyncIterable[I]) -> AsyncGenerator[I, None]:
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item


def _cancelled(exc: BaseException) -> bool:
    return isinstance(exc, (KeyboardInterrupt, anyio.get_cancelled_exc_class()))


@attrs.define(eq=False)
class _Counts:
    done: int = 0
    failed: int = 0
    uncertain: int = 0
    in_flight: int = 0
    resumed: int = 0


class Batch(Generic[I, T]):
    """One batch run: ``await`` it for every result in order, or ``async with`` it for
    results as they complete. Run it once.

    ``batch(items, fn, concurrency=16)`` calls ``fn(item)`` once per item and is both

    - awaitable: ``await batch(...)`` is a :class:`BatchResults` list in input order, one
      :class:`BatchResult` per item with ``.value`` or ``.error``; a failure never cancels or
      hides the others (``.values()`` raises :class:`BatchError` naming every failure);
    - an async context manager: ``async with batch(...) as results: async for r in results``
      yields results as they complete (``r.index`` says where each belongs), memory bounded by
      ``concurrency`` whatever the input size; leaving the block early cancels the rest.

    Items are pulled from the (sync or async) iterable only when a slot is free. ``progress``
    reports counters (``_progress``); ``journal="job.sqlite"`` records every item by ``key``
    (``_journal``) so a re-run skips finished items (their results come back from the journal
    in wire form) and treats items a crashed run started but did not finish as *uncertain*:
    ``on_uncertain`` says whether to ``"skip"`` them (the default: reported, not called),
    ``"retry"`` them, or reconcile them with a function. ``item_deadline`` bounds each item.
    ``AsyncChatBotKit.batch`` adds a rate limiter shared by every request of the batch and
    retries 429 TOO_MANY_REQUESTS until the item's deadline.

    Only ``Exception`` is captured per item. Cancelling the batch (or Ctrl+C) stops pulling,
    cancels the calls in flight (they stay ``started`` in the journal: uncertain next time),
    and logs or prints a one-line summary before the cancellation propagates. An exception
    raised by the iterable itself stops pulling; calls already started finish, then it
    propagates.
    """

    def __init__(
        self,
        items: Iterable[I] | AsyncIterable[I],
        fn: Callable[[I], Awaitable[T]],
        *,
        concurrency: int = 16,
        progress: bool | ProgressSink | None = None,
        journal: str | os.PathLike[str] | None = None,
        key: Callable[[I], str] | None = None,
        on_uncertain: OnUncertain[I, T] = "skip",
        decode: Callable[[Any], T] | None = None,
        item_deadline: float | None = DEFAULT_ITEM_DEADLINE,
        total: int | None = None,
    ) -> None:
        if not isinstance(items, Iterable | AsyncIterable):
            raise wrong_type("items", "an iterable or async iterable", items)
        callable_of(fn, "fn")
        count(concurrency, "concurrency", minimum=1)
        seconds(item_deadline, "item_deadline")
        callable_of(key, "key")
        callable_of(decode, "decode")
        if total is not None:
            count(total, "total")
        if not (progress is None or isinstance(progress, bool) or callable(progress)):
            raise wrong_type("progress", "a bool or a callable", progress)
        if not (journal is None or isinstance(journal, str | os.PathLike)):
            raise wrong_type("journal", "a path (str or os.PathLike)", journal)
        if not (on_uncertain in ("skip", "retry") or callable(on_uncertain)):
            raise InvalidParameterError(
                f"on_uncertain must be 'skip', 'retry' or a function, got {on_uncertain!r}",
                parameter="on_uncertain",
            )
        self._items = items
        self._fn = fn
        self._concurrency = concurrency
        self._progress = progress
        self._journal_path = journal
        self._key = key
        self._on_uncertain = on_uncertain
        self._decode = decode
        self._deadline = item_deadline
        self._total = (
            total if total is not None else (len(items) if isinstance(items, Sized) else None)
        )
        self._counts = _Counts()
        self._started_at: float | None = None
        self._state = "running"
        self._used = False
        self._stack: contextlib.AsyncExitStack | None = None

    # ------------------------------------------------------------------ public surface

    @property
    def progress(self) -> BatchProgress:
        """The counters right now (also what ``progress=callable`` receives)."""
        c = self._counts
        elapsed = 0.0 if self._started_at is None else time.monotonic() - self._started_at
        return BatchProgress(
            c.done,
            c.failed,
            c.uncertain,
            c.in_flight,
            c.resumed,
            self._total,
            elapsed,
            self._state,
        )

    def __await__(self) -> Generator[Any, None, BatchResults[I, T]]:
        return self.run().__await__()

    async def run(self) -> BatchResults[I, T]:
        """Every result in input order (what ``await batch`` does), as a coroutine."""
        slots: list[BatchResult[I, T] | None] = []

        async def store(result: BatchResult[I, T]) -> None:
            slots.extend([None] * (result.index + 1 - len(slots)))
            slots[result.index] = result

        await self._drive(store)
        results: BatchResults[I, T] = BatchResults()
        for result in slots:
            assert result is not None, "every pulled item emits exactly one result"
            results.append(result)
        return results

    async def __aenter__(self) -> AsyncIterator[BatchResult[I, T]]:
        send, receive = anyio.create_memory_object_stream[BatchResult[I, T]](self._concurrency)

        async def produce() -> None:
            async with send:
                await self._drive(send.send)

        stack = contextlib.AsyncExitStack()
        await stack.__aenter__()
        try:
            tg = await stack.enter_async_context(anyio.create_task_group())
            stack.callback(tg.cancel_scope.cancel)  # leaving early cancels the rest
            tg.start_soon(produce)
            await stack.enter_async_context(receive)
        except BaseException:
            await stack.aclose()
            raise
        self._stack = stack
        return receive

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        assert self._stack is not None, "__aexit__ without __aenter__"
        stack, self._stack = self._stack, None
        return await stack.__aexit__(exc_type, exc, tb)

    # ------------------------------------------------------------------------- engine

    async def _drive(self, emit: Callable[[BatchResult[I, T]], Awaitable[None]]) -> None:
        """Pull an item whenever one of ``concurrency`` slots is free; emit each outcome once."""
        if self._used:
            raise UsageError("a Batch runs once; call batch(...) again for a new run")
        self._used = True
        sink, print_summary = make_display(self._progress)
        journal = self._open_journal()
        self._started_at = time.monotonic()
        slots = anyio.Semaphore(self._concurrency)
        seen: dict[str, int] = {}
        counts = self._counts

        progress_error: Exception | None = None

        def report() -> None:
            nonlocal sink, progress_error
            if sink is None:
                return
            try:
                sink(self.progress)
            except Exception as exc:  # the caller's progress=: stop pulling, raise it at the end
                sink, progress_error = None, exc

        async def finish(result: BatchResult[I, T], bucket: str) -> None:
            setattr(counts, bucket, getattr(counts, bucket) + 1)
            report()
            await emit(result)

        async def outcome(
            index: int, item: I, key: str, fn: Callable[[I], Awaitable[T]]
        ) -> BatchResult[I, T]:
            """``fn(item)`` within the item's deadline, its end recorded in the journal."""
            try:
                with anyio.move_on_after(self._deadline) as deadline:  # None: no deadline
                    value = await fn(item)
                if deadline.cancelled_caught:  # cut off mid-call: left "started", uncertain
                    error = ItemDeadlineError(
                        f"item {key!r} took longer than item_deadline={self._deadline:g}s"
                    )
                    return BatchResult(index, item, error=error)
                if journal is not None:
                    journal.done(key, _encode(value))
                return BatchResult(index, item, value=value)
            except Exception as exc:  # a TimeoutError of fn's own included: an ordinary failure
                if journal is not None:
                    journal.failed(key, _describe(exc))
                return BatchResult(index, item, error=exc)

        async def run_one(
            index: int, item: I, key: str, rerun: bool, fn: Callable[[I], Awaitable[T]]
        ) -> None:
            token = _CURRENT.set(ItemContext(key, index, rerun))
            try:
                result = await outcome(index, item, key, fn)
                counts.in_flight -= 1  # (a cancelled item stays counted: uncertain)
                await finish(result, "done" if result.ok else "failed")
            finally:
                _CURRENT.reset(token)
                slots.release()

        source_error: Exception | None = None
        try:
            report()
            async with contextlib.aclosing(_aiterate(self._items)) as source:
                async with anyio.create_task_group() as tg:
                    index = 0
                    while True:
                        await slots.acquire()  # backpressure: never read ahead of a free slot
                        if progress_error is not None:
                            break
                        try:
                            item = await source.__anext__()
                        except StopAsyncIteration:
                            break
                        except Exception as exc:  # the input broke: let started calls finish
                            source_error = exc
                            break
                        position, index = index, index + 1
                        try:
                            key = self._key_of(position, item)
                            if journal is not None:  # keys are journal rows: one per item
                                if key in seen:
                                    raise InvalidParameterError(
                                        f"batch key {key!r} is used by items {seen[key]} and"
                                        f" {position}: keys must be unique within a batch",
                                        parameter="key",
                                    )
                                seen[key] = position
                        except Exception as exc:  # stop pulling; started calls finish
                            source_error = exc
                            break
                        fn: Callable[[I], Awaitable[T]] = self._fn
                        rerun = False
                        if journal is not None:
                            try:
                                entry = journal.lookup(key)
                            except Exception as exc:  # stop here; started calls finish
                                source_error = exc
                                break
                            if entry is not None and entry.state == "done":
                                slots.release()
                                result = self._resumed(position, item, entry.result)
                                counts.resumed += 1 if result.ok else 0
                                await finish(result, "done" if result.ok else "failed")
                                continue
                            if entry is not None and entry.state == "started":
                                if self._on_uncertain == "skip":
                                    slots.release()
                                    error = UncertainItemError(key)
                                    await finish(
                                        BatchResult(position, item, error=error), "uncertain"
                                    )
                                    continue
                                if callable(self._on_uncertain):
                                    fn = self._on_uncertain
                            rerun = entry is not None
                            try:
                                journal.started(key, position)
                            except Exception as exc:  # stop here; started calls finish
                                source_error = exc
                                break
                        counts.in_flight += 1
                        report()
                        tg.start_soon(run_one, position, item, key, rerun, fn)
        except BaseException as exc:
            self._state = "cancelled" if _cancelled(exc) else "failed"
            if self._state == "cancelled":  # the calls cut off may have reached the server
                counts.uncertain += counts.in_flight
                counts.in_flight = 0
            raise
        else:
            self._state = "finished"
        finally:
            self._close(journal, sink, print_summary)
        if (stopped := source_error or progress_error) is not None:
            raise stopped

    def _key_of(self, position: int, item: I) -> str:
        key = self._key(item) if self._key is not None else default_key(position, item)
        if not isinstance(key, str):
            raise InvalidParameterTypeError(
                f"key= must return a str, got {type(key).__name__}", parameter="key"
            )
        return key

    def _resumed(self, index: int, item: I, wire: Any) -> BatchResult[I, T]:
        """An item an earlier run finished: its journaled result through ``decode``, or the
        error ``decode`` raised (that item's failure, not the batch's)."""
        try:
            value = wire if self._decode is None else self._decode(wire)
        except Exception as exc:
            return BatchResult(index, item, error=exc, resumed=True)
        return BatchResult(index, item, value, resumed=True)

    def _open_journal(self) -> Journal | None:
        if self._journal_path is None:
            return None
        from ._journal import Journal

        return Journal(self._journal_path)

    def _close(
        self, journal: Journal | None, sink: ProgressSink | None, print_summary: bool
    ) -> None:
        """Flush the journal and leave the summary: on stderr with ``progress=True``, else
        (when cancelled) one WARNING line on the ``chatbotkit`` logger."""
        if journal is not None:
            journal.close()
        snapshot = self.progress
        if sink is not None:
            sink(snapshot)
        if print_summary:
            sys.stderr.write(snapshot.summary() + "\n")
            sys.stderr.flush()
        elif self._state == "cancelled":
            logger.warning("%s", snapshot.summary())


def _encode(value: object) -> str:
    from ._journal import encode

    return encode(value)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


batch = Batch
"""``batch(items, fn, ...)``: ``fn(item)`` once per item, at most ``concurrency`` at a time;
``await`` it for the outcomes in input order, or ``async with`` it for them as they complete."""

batch_stream = batch
"""The earlier name of ``async with batch(...)``: the same object, kept for existing code."""


def client_batch(
    client: AsyncChatBotKit,
    items: Iterable[I] | AsyncIterable[I],
    fn: Callable[[AsyncChatBotKit, I], Awaitable[T]],
    *,
    rate_limiter: AdaptiveRateLimiter | Literal[False] | None,
    on_uncertain: OnUncertain[I, T] | Callable[[AsyncChatBotKit, I], Awaitable[T]] = "skip",
    **options: Any,
) -> Batch[I, T]:
    """``AsyncChatBotKit.batch``: :func:`batch` over a client sharing one rate limiter
    (``rate_limiter=False``: none) whose 429 TOO_MANY_REQUESTS retries end only at the
    item's deadline."""
    from ._ratelimit import AdaptiveRateLimiter

    callable_of(fn, "fn")  # wrapped below: Batch would only see the (callable) wrapper
    if not (
        rate_limiter is None
        or rate_limiter is False
        or isinstance(rate_limiter, AdaptiveRateLimiter)
    ):
        raise wrong_type("rate_limiter", "an AdaptiveRateLimiter, False or None", rate_limiter)
    policy = attrs.evolve(client.retry_policy, rate_limit_retries=sys.maxsize)
    if rate_limiter is False:  # none, even if the client has one (with_options cannot unset)
        paced = client._derive(
            attrs.evolve(client._options, retry_policy=policy, rate_limiter=None)
        )
    else:
        limiter = (
            rate_limiter or client.rate_limiter or AdaptiveRateLimiter(clock=client._options.clock)
        )
        paced = client.with_options(retry_policy=policy, rate_limiter=limiter)

    async def call(item: I) -> T:
        return await fn(paced, item)

    policy_arg: OnUncertain[I, T]
    if callable(on_uncertain):
        reconcile = cast("Callable[[AsyncChatBotKit, I], Awaitable[T]]", on_uncertain)

        async def reconcile_item(item: I) -> T:
            return await reconcile(paced, item)

        policy_arg = reconcile_item
    else:
        policy_arg = on_uncertain
    return Batch(items, call, on_uncertain=policy_arg, **options)
