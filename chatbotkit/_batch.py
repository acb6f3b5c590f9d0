"""Run one async call per item with bounded concurrency, losing and duplicating nothing.

``await batch(items, fn, concurrency=16)`` calls ``fn(item)`` exactly once per item and
returns a :class:`BatchResults` list in input order: one :class:`BatchResult` per item with
``.value`` or ``.error``. A failure never cancels or hides the others (``.values()`` raises
:class:`BatchError` naming every failure if you prefer an exception). Items are pulled from
the (sync or async) iterable only when a slot is free, so a huge generator is never read
ahead; ``batch_stream`` also hands results over as they complete, for bounded memory.
``AsyncChatBotKit.batch`` adds a shared adaptive rate limit (``_ratelimit``).

Only ``Exception`` is captured per item: cancelling the batch, or ``KeyboardInterrupt``,
cancels the calls in flight and propagates. An exception raised by the iterable itself stops
pulling; calls already started finish, then it propagates.
"""

from __future__ import annotations

import contextlib
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterable,
)
from typing import TYPE_CHECKING, Generic, TypeVar

import anyio
import attrs

from ._exceptions import ChatBotKitError

if TYPE_CHECKING:
    from ._client import AsyncChatBotKit
    from ._ratelimit import AdaptiveRateLimiter

__all__ = ["BatchError", "BatchResult", "BatchResults", "batch", "batch_stream", "client_batch"]

I = TypeVar("I")  # noqa: E741  (item)
T = TypeVar("T")


@attrs.frozen
class BatchResult(Generic[I, T]):
    """The outcome of one item: ``index`` in the input, the ``item``, ``value`` or ``error``."""

    index: int
    item: I
    value: T | None = None
    error: Exception | None = None

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
        """The results whose call raised."""
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


async def _aiterate(items: Iterable[I] | AsyncIterable[I]) -> AsyncGenerator[I, None]:
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item


async def _drive(
    items: Iterable[I] | AsyncIterable[I],
    fn: Callable[[I], Awaitable[T]],
    concurrency: int,
    emit: Callable[[BatchResult[I, T]], Awaitable[None]],
    on_pull: Callable[[], None] | None = None,
) -> None:
    """Pull an item whenever one of ``concurrency`` slots is free; emit each outcome once."""
    if concurrency < 1:
        raise ValueError(f"concurrency must be >= 1, got {concurrency!r}")
    slots = anyio.Semaphore(concurrency)

    async def run_one(index: int, item: I) -> None:
        try:
            try:
                value = await fn(item)
            except Exception as exc:
                result: BatchResult[I, T] = BatchResult(index, item, error=exc)
            else:
                result = BatchResult(index, item, value=value)
            await emit(result)
        finally:
            slots.release()

    source_error: Exception | None = None
    async with contextlib.aclosing(_aiterate(items)) as source, anyio.create_task_group() as tg:
        index = 0
        while True:
            await slots.acquire()  # backpressure: never read ahead of a free slot
            try:
                item = await source.__anext__()
            except StopAsyncIteration:
                break
            except Exception as exc:  # the input broke: let the started calls finish
                source_error = exc
                break
            if on_pull is not None:
                on_pull()
            tg.start_soon(run_one, index, item)
            index += 1
    if source_error is not None:
        raise source_error


async def batch(
    items: Iterable[I] | AsyncIterable[I],
    fn: Callable[[I], Awaitable[T]],
    *,
    concurrency: int = 16,
) -> BatchResults[I, T]:
    """``fn(item)`` once per item, at most ``concurrency`` at a time; outcomes in input order."""
    slots: list[BatchResult[I, T] | None] = []

    async def store(result: BatchResult[I, T]) -> None:
        slots[result.index] = result

    await _drive(items, fn, concurrency, store, on_pull=lambda: slots.append(None))
    results: BatchResults[I, T] = BatchResults()
    for result in slots:
        assert result is not None, "every started item emits exactly one result"
        results.append(result)
    return results


@contextlib.asynccontextmanager
async def batch_stream(
    items: Iterable[I] | AsyncIterable[I],
    fn: Callable[[I], Awaitable[T]],
    *,
    concurrency: int = 16,
) -> AsyncIterator[AsyncIterator[BatchResult[I, T]]]:
    """Like :func:`batch`, but ``async for`` results in completion order (``.index`` says
    where each belongs); memory stays bounded by ``concurrency`` whatever the input size.

    ``async with batch_stream(items, fn) as results: async for r in results: ...``. Leaving
    the block early cancels the calls still in flight and starts no more.
    """
    send, receive = anyio.create_memory_object_stream[BatchResult[I, T]](concurrency)

    async def produce() -> None:
        async with send:
            await _drive(items, fn, concurrency, send.send)

    async with anyio.create_task_group() as tg:
        tg.start_soon(produce)
        async with receive:
            yield receive
        tg.cancel_scope.cancel()


async def client_batch(
    client: AsyncChatBotKit,
    items: Iterable[I] | AsyncIterable[I],
    fn: Callable[[AsyncChatBotKit, I], Awaitable[T]],
    *,
    concurrency: int,
    rate_limiter: AdaptiveRateLimiter | None,
) -> BatchResults[I, T]:
    """``AsyncChatBotKit.batch``: :func:`batch` over a client sharing one rate limiter."""
    from ._ratelimit import AdaptiveRateLimiter

    limiter = (
        rate_limiter or client.rate_limiter or AdaptiveRateLimiter(clock=client._options.clock)
    )
    paced = client.with_options(rate_limiter=limiter)

    async def call(item: I) -> T:
        return await fn(paced, item)

    return await batch(items, call, concurrency=concurrency)
