"""``ChatBotKit``: the blocking client for scripts and notebooks, a thin front door on the core.

It owns an :class:`AsyncChatBotKit` and a :class:`~._loop.Loop` (one event-loop thread) and
forwards every call to the async client there: the resources (``cbk.bot``...) are the
generated blocking mirrors of the async ones (``chatbotkit/resources/sync``), lists
come back as :class:`~._blocking.Paginator`, streams as ``with`` blocks. Derived clients
(``with_options``, ``as_user``, ``partner_client_for``, a batch's ``client``) share the loop
and the connection pool, like their async counterparts.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping, Sized
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, ParamSpec, TypeVar

from chatbotkit_gen.types import UNSET, Unset

from ._blocking import BatchStream
from ._check import callable_of, wrong_type
from ._client import AsyncChatBotKit
from ._clock import SYSTEM_CLOCK, Clock
from ._config import DEFAULT_LIMITS, DEFAULT_TIMEOUT, AuthScheme, Wire
from ._jsonl import DEFAULT_MAX_LINE_SIZE
from ._loop import Loop, in_worker
from ._response import RawResponse, not_a_request, raw_mode
from .resources.sync import SyncRootNamespaces

if TYPE_CHECKING:
    import httpx
    from anyio import CapacityLimiter

    from ._batch import Batch, BatchResults
    from ._progress import ProgressSink
    from ._ratelimit import AdaptiveRateLimiter
    from ._retry import RetryPolicy
    from ._runas import RunAs
    from ._sync_agent import SyncAgentNamespace
    from ._tasks import TaskOutcome

__all__ = ["ChatBotKit"]

T = TypeVar("T")
I = TypeVar("I")  # noqa: E741  (a batch item)
P = ParamSpec("P")

_END: Any = object()


class ChatBotKit(SyncRootNamespaces):
    """The blocking ChatBotKit client: ``cbk.bot.fetch(id)`` returns the model.

    Same options, resources and names as :class:`AsyncChatBotKit` (see there), without
    ``await``: ``for bot in cbk.bot.list()`` walks every item, ``with op.stream(...) as
    events: for event in events`` streams. Calls run on one event-loop thread per client
    (started on first use), so a client is safe to share between threads and works in
    Jupyter; calling it inside a running event loop raises :class:`RunningLoopError` (use
    ``AsyncChatBotKit`` there). Ctrl+C during a call cancels its request. Use ``with`` (or
    ``close()``) to free the pool and the thread.
    """

    _owner: ChatBotKit | None
    """For a derived client: the client owning the loop (kept alive while this one is)."""

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        initial_delay: float | None = None,
        max_delay: float | None = None,
        jitter: float | None = None,
        deadline: float | None = None,
        rate_limiter: AdaptiveRateLimiter | None = None,
        default_headers: Mapping[str, str] | None = None,
        timezone: str | None = None,
        auth_scheme: AuthScheme = "Bearer",
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        http2: bool = False,
        wire: Wire | None = None,
        clock: Clock = SYSTEM_CLOCK,
        max_line_size: int = DEFAULT_MAX_LINE_SIZE,
    ) -> None:
        client = AsyncChatBotKit(
            token=token,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            initial_delay=initial_delay,
            max_delay=max_delay,
            jitter=jitter,
            deadline=deadline,
            rate_limiter=rate_limiter,
            default_headers=default_headers,
            timezone=timezone,
            auth_scheme=auth_scheme,
            http_client=http_client,
            transport=transport,
            limits=limits,
            http2=http2,
            wire=wire,
            clock=clock,
            max_line_size=max_line_size,
        )
        loop = Loop()
        loop.on_stop(client.close)  # on close(), or when the client is dropped unclosed
        super().__init__(client, loop)
        self._owner = None

    def _view(self, client: AsyncChatBotKit) -> ChatBotKit:
        """A blocking client over a client derived from this one's, on the same loop."""
        view = type(self).__new__(type(self))
        SyncRootNamespaces.__init__(view, client, self._loop)
        view._owner = self._owner or self
        return view

    @cached_property
    def agent(self) -> SyncAgentNamespace:
        """Completions that call Python tools, and the agent loop (see ``AsyncChatBotKit.agent``)."""
        from ._sync_agent import SyncAgentNamespace

        return SyncAgentNamespace(self._target.agent, self._loop)

    @property
    def async_client(self) -> AsyncChatBotKit:
        """The :class:`AsyncChatBotKit` doing the work (its coroutines run on this client's loop)."""
        return self._target

    # ------------------------------------------------------------------------- lifecycle

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        initial_delay: float | None = None,
        max_delay: float | None = None,
        jitter: float | None = None,
        deadline: float | None = None,
        rate_limiter: AdaptiveRateLimiter | None = None,
        default_headers: Mapping[str, str] | None = None,
        timezone: str | None = None,
    ) -> ChatBotKit:
        """A client with some options changed sharing this one's pool and thread (see async)."""
        derived = self._target.with_options(
            timeout=timeout,
            max_retries=max_retries,
            retry_policy=retry_policy,
            initial_delay=initial_delay,
            max_delay=max_delay,
            jitter=jitter,
            deadline=deadline,
            rate_limiter=rate_limiter,
            default_headers=default_headers,
            timezone=timezone,
        )
        return self._view(derived)

    @property
    def base_url(self) -> str:
        return self._target.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._target.timeout

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._target.retry_policy

    @property
    def deadline(self) -> float | None:
        return self._target.deadline

    @property
    def rate_limiter(self) -> AdaptiveRateLimiter | None:
        return self._target.rate_limiter

    @property
    def default_headers(self) -> Mapping[str, str]:
        return self._target.default_headers

    @property
    def timezone(self) -> str | None:
        return self._target.timezone

    def close(self) -> None:
        """Close the pool (if this client created it) and stop the thread; idempotent.

        A derived client (``with_options``, ``as_user``...) only ends its own view.
        """
        if self._owner is None:
            self._loop.close()  # closes the pool on the loop first
        elif not self._loop.closed:
            self._loop.run(self._target.close)

    def __enter__(self) -> ChatBotKit:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    # ---------------------------------------------------------------------- sub-accounts

    def as_user(self, user_id: str) -> ChatBotKit:
        """A view whose requests all run as sub-account ``user_id`` (``with``: ended after)."""
        return self._view(self._target.as_user(user_id))

    def run_as(self, user_id: str | None) -> RunAs:
        """``with cbk.run_as(user_id):`` calls of this client family in the block run as it."""
        return self._target.run_as(user_id)

    def partner_client_for(self, user_id: str, *, name: str | Unset = UNSET) -> ChatBotKit:
        """Mint a token for sub-account ``user_id``; a client using it (same pool and thread)."""
        client = self._loop.run(self._target.partner_client_for, user_id, name=name)
        return self._view(client)

    # -------------------------------------------------------------------------- tasks

    def run_task(
        self,
        task_id: str,
        /,
        *,
        timeout: float | None = None,
        on_event: Callable[[Any], object] | None = None,
    ) -> TaskOutcome:
        """Trigger ``task_id`` and follow its run to the end (see ``chatbotkit.run_task``).

        ``on_event`` is called on the client's loop thread: keep it quick, and do not call
        the client from it (that raises ``RunningLoopError``).
        """
        from ._tasks import run_task

        return self._loop.run(run_task, self._target, task_id, timeout=timeout, on_event=on_event)

    def follow_task(
        self,
        task_id: str,
        /,
        *,
        timeout: float | None = None,
        history_length: int | Unset = UNSET,
        on_event: Callable[[Any], object] | None = None,
    ) -> TaskOutcome:
        """Follow the current run of ``task_id`` (see ``chatbotkit.follow_task``)."""
        from ._tasks import follow_task

        return self._loop.run(
            follow_task,
            self._target,
            task_id,
            timeout=timeout,
            history_length=history_length,
            on_event=on_event,
        )

    # ------------------------------------------------------------------------ batches

    def batch(
        self,
        items: Iterable[I],
        fn: Callable[[ChatBotKit, I], T],
        *,
        concurrency: int = 16,
        rate_limiter: AdaptiveRateLimiter | Literal[False] | None = None,
        progress: bool | ProgressSink | None = None,
        journal: str | os.PathLike[str] | None = None,
        key: Callable[[I], str] | None = None,
        on_uncertain: Literal["skip", "retry"] | Callable[[ChatBotKit, I], T] = "skip",
        decode: Callable[[Any], T] | None = None,
        item_deadline: float | None = 600.0,
        total: int | None = None,
    ) -> BatchResults[I, T]:
        """``fn(client, item)`` once per item in ``concurrency`` threads; results in input order.

        The async core's batch runs it (shared adaptive rate limit, every outcome kept,
        ``progress``, ``journal``... see :meth:`AsyncChatBotKit.batch`); ``fn`` runs in worker
        threads and ``items`` is read in one, so it may itself use this client
        (``cbk.batch(cbk.bot.list(), fn)``). Ctrl+C cancels the batch and its calls in flight.
        :meth:`batch_stream` gives the results as they complete instead.
        """
        options = locals()
        del options["self"]
        return self._loop.run(self._threaded(**options).run)

    def batch_stream(
        self,
        items: Iterable[I],
        fn: Callable[[ChatBotKit, I], T],
        *,
        concurrency: int = 16,
        rate_limiter: AdaptiveRateLimiter | Literal[False] | None = None,
        progress: bool | ProgressSink | None = None,
        journal: str | os.PathLike[str] | None = None,
        key: Callable[[I], str] | None = None,
        on_uncertain: Literal["skip", "retry"] | Callable[[ChatBotKit, I], T] = "skip",
        decode: Callable[[Any], T] | None = None,
        item_deadline: float | None = 600.0,
        total: int | None = None,
    ) -> BatchStream[I, T]:
        """:meth:`batch` with results as they complete: ``with cbk.batch_stream(items, fn) as
        results: for r in results`` (``r.index`` says where each belongs), like ``async with
        cbk.batch(...)``; memory bounded by ``concurrency``, leaving the block cancels the rest."""
        options = locals()
        del options["self"]
        return BatchStream(self._threaded(**options), self._loop)

    def _threaded(
        self,
        items: Iterable[I],
        fn: Callable[[ChatBotKit, I], T],
        on_uncertain: Literal["skip", "retry"] | Callable[[ChatBotKit, I], T],
        concurrency: int,
        total: int | None,
        **options: Any,
    ) -> Batch[I, T]:
        """The async core's batch (made on the loop) with ``fn`` run and ``items`` read in
        worker threads, at most ``concurrency`` calls and one read at a time."""
        loop = self._loop
        if not isinstance(items, Iterable):
            raise wrong_type("items", "an iterable", items)
        callable_of(fn, "fn")  # wrapped below: the core would only see the (callable) wrapper
        if total is None and isinstance(items, Sized):
            total = len(items)
        threads: CapacityLimiter | None = None  # made on the loop, once the options passed

        async def in_thread(function: Callable[..., Any], *args: Any) -> Any:
            import anyio.to_thread

            def work() -> Any:
                with in_worker(loop):
                    return function(*args)

            return await anyio.to_thread.run_sync(work, limiter=threads)

        async def pulled(iterator: Iterator[I]) -> AsyncIterator[I]:
            while (item := await in_thread(next, iterator, _END)) is not _END:
                yield item

        def blocking(
            function: Callable[[ChatBotKit, I], T],
        ) -> Callable[[AsyncChatBotKit, I], Awaitable[T]]:
            async def call(client: AsyncChatBotKit, item: I) -> T:
                result: T = await in_thread(function, self._view(client), item)
                return result

            return call

        async def make() -> Batch[I, T]:
            import anyio

            nonlocal threads
            batch = self._target.batch(  # checks the options before any thread starts
                pulled(iter(items)),
                blocking(fn),
                concurrency=concurrency,
                on_uncertain=blocking(on_uncertain) if callable(on_uncertain) else on_uncertain,
                total=total,
                **options,
            )
            threads = anyio.CapacityLimiter(concurrency + 1)
            return batch

        return loop.run(make)

    def with_raw_response(self, method: Callable[P, T]) -> Callable[P, RawResponse[T]]:
        """Wrap a method to get the HTTP response: ``cbk.with_raw_response(cbk.bot.fetch)(id)``."""
        callable_of(method, "method")

        def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
            token = raw_mode.set(True)
            try:
                result: Any = method(*args, **kwargs)
            finally:
                raw_mode.reset(token)
            if not isinstance(result, RawResponse):
                raise not_a_request(method)
            return result

        return call
