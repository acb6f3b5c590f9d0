"""The blocking client's engine: one event-loop thread per client that runs the async core.

:class:`Loop` starts an anyio blocking portal (its own thread and event loop) on first use
and runs each blocking call there as a task: the caller's thread waits for the result.
Everything else (requests, retries, paging, streams) stays in the async core.

- Refusal: a call made inside a running event loop raises :class:`RunningLoopError` before
  anything is sent (it would block that loop); a Jupyter/IPython cell is allowed, since the
  core runs on its own thread.
- Ctrl+C: ``KeyboardInterrupt`` while waiting cancels the task (closing its request) and
  waits for it to unwind before propagating.
- Context: the caller's ``run_as`` and ``with_raw_response`` settings travel with the call.
- Worker threads started by a blocking ``batch`` call back through ``anyio.from_thread``,
  so cancelling the batch also cancels the calls they have in flight.
"""

from __future__ import annotations

import contextlib
import sys
import threading
import weakref
from collections.abc import Awaitable, Callable
from concurrent.futures import CancelledError, Future
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, TypeVar

from ._exceptions import UsageError

if TYPE_CHECKING:
    from anyio.from_thread import BlockingPortal

__all__ = ["ClientClosedError", "Loop", "RunningLoopError", "in_worker"]

T = TypeVar("T")


class RunningLoopError(UsageError):
    """The blocking ``ChatBotKit`` was called inside a running event loop; use ``AsyncChatBotKit``."""


class ClientClosedError(UsageError):
    """The blocking client was used after ``close()`` (or after its ``with`` block)."""


_worker = threading.local()
"""``loop``: the :class:`Loop` whose batch started this worker thread (see :func:`in_worker`)."""


def _propagated() -> tuple[ContextVar[Any], ...]:
    """The SDK's context variables a blocking call carries from the caller into its task."""
    from ._response import raw_mode
    from ._runas import _RUN_AS

    return (_RUN_AS, raw_mode)


def _in_notebook() -> bool:
    """A cell of an IPython shell or Jupyter kernel: its loop is the kernel's, not the caller's."""
    ipython = sys.modules.get("IPython")
    get_ipython = getattr(ipython, "get_ipython", None)
    return (
        get_ipython is not None
        and get_ipython() is not None
        and threading.current_thread() is threading.main_thread()
    )


def _loop_running() -> bool:
    """Whether this thread is inside a running asyncio (or trio...) event loop."""
    import sniffio

    try:
        sniffio.current_async_library()
    except sniffio.AsyncLibraryNotFoundError:
        return False
    return True


class Loop:
    """An event loop on its own daemon thread, started on first use; thread-safe."""

    __slots__ = ("__weakref__", "_cleanup", "_closed", "_lock", "_portal", "_stop", "_thread_id")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._portal: BlockingPortal | None = None
        self._stop: weakref.finalize[Any, Any] | None = None
        self._thread_id: int | None = None
        self._closed = False
        self._cleanup: list[Callable[[], Awaitable[object]]] = []

    def on_stop(self, cleanup: Callable[[], Awaitable[object]]) -> None:
        """Await ``cleanup()`` on the loop before it stops (the client's pool: ``close``)."""
        self._cleanup.append(cleanup)

    @property
    def closed(self) -> bool:
        return self._closed

    def _started(self) -> BlockingPortal:
        portal = self._portal
        if portal is not None:
            return portal
        with self._lock:
            if self._closed:
                raise ClientClosedError("This ChatBotKit client is closed")
            if self._portal is None:
                from anyio.from_thread import start_blocking_portal

                cm = start_blocking_portal(name="chatbotkit-loop")
                portal = cm.__enter__()
                self._thread_id = thread_id = portal.call(threading.get_ident)
                # Stopped by close(), or once nothing uses this loop any more (a client
                # dropped without close(), even while one of its namespaces was in use).
                self._stop = weakref.finalize(self, _stop, portal, cm, thread_id, self._cleanup)
                self._portal = portal
            return self._portal

    def check(self) -> None:
        """Raise :class:`RunningLoopError` if a blocking call here would block an event loop,
        :class:`ClientClosedError` if the client is closed."""
        if threading.get_ident() == self._thread_id:
            raise RunningLoopError(
                "A blocking ChatBotKit call was made on the client's own event-loop thread"
                " (it would wait for itself); use AsyncChatBotKit in async code"
            )
        if _loop_running() and not _in_notebook():
            raise RunningLoopError(
                "ChatBotKit (the blocking client) was called inside a running event loop,"
                " which it would block; use AsyncChatBotKit there (await cbk.bot.fetch(...))"
            )
        if self._closed:
            raise ClientClosedError("This ChatBotKit client is closed")

    def run(self, fn: Callable[..., Awaitable[T]], /, *args: Any, **kwargs: Any) -> T:
        """``await fn(*args, **kwargs)`` on the loop thread; block until it is done."""
        self.check()
        carried = [(var, var.get(None)) for var in _propagated()]

        async def call() -> T:
            for var, value in carried:
                if value is not None:
                    var.set(value)
            return await fn(*args, **kwargs)

        if getattr(_worker, "loop", None) is self:  # a batch worker: the batch's own scope
            from anyio.from_thread import run

            return run(call)
        return self._wait(self._started(), call)

    def context(self, cm: AbstractAsyncContextManager[T]) -> AbstractContextManager[T]:
        """``with`` for an async context manager, entered and exited in one task on the loop."""
        self.check()
        return self._started().wrap_async_context_manager(cm)

    def _wait(self, portal: BlockingPortal, call: Callable[[], Awaitable[T]]) -> T:
        import anyio

        started, finished, stop = threading.Event(), threading.Event(), threading.Event()
        scopes: list[anyio.CancelScope] = []

        async def task() -> T:
            started.set()
            try:
                with anyio.CancelScope() as scope:
                    scopes.append(scope)
                    if stop.is_set():  # interrupted before the task began
                        scope.cancel()
                    return await call()
                raise CancelledError  # cancelled by an interrupt: nobody waits for this
            finally:
                finished.set()

        future: Future[T] | None = None
        try:
            try:
                future = portal.start_task_soon(task)
            except RuntimeError:  # the portal stopped between the check and now
                raise ClientClosedError("This ChatBotKit client is closed") from None
            return future.result()
        except CancelledError:
            raise ClientClosedError("The ChatBotKit client was closed during the call") from None
        except BaseException:
            if future is None or not future.done():  # Ctrl+C, even while submitting
                stop.set()
                if scopes:
                    with contextlib.suppress(RuntimeError):  # the loop is already gone
                        portal.call(scopes[0].cancel)
                if started.is_set():
                    finished.wait()  # the request is cancelled and its connection closed
            raise

    def close(self) -> None:
        """Stop the loop thread, cancelling calls still running (idempotent)."""
        with self._lock:
            if self._closed:
                return
            if self._thread_id is not None and threading.get_ident() == self._thread_id:
                raise RunningLoopError("A ChatBotKit client cannot be closed from its own loop")
            self._closed = True
            stop, self._portal = self._stop, None
        if stop is not None:
            stop()


def _stop(
    portal: BlockingPortal,
    cm: contextlib.AbstractContextManager[Any],
    thread_id: int,
    cleanup: list[Callable[[], Awaitable[object]]],
) -> None:
    """Run the cleanups, stop the portal (cancelling its tasks), join its thread."""
    if threading.get_ident() == thread_id:  # collected on the loop itself: it cannot join
        return
    for fn in cleanup:
        with contextlib.suppress(Exception):  # closing must not fail half-way
            portal.call(fn)
    with contextlib.suppress(RuntimeError):  # already stopped
        portal.call(portal.stop, True)
    cm.__exit__(None, None, None)


@contextlib.contextmanager
def in_worker(loop: Loop) -> Any:
    """Mark this worker thread as serving a call of ``loop`` (a blocking batch's ``fn``)."""
    previous = getattr(_worker, "loop", None)
    _worker.loop = loop
    try:
        yield
    finally:
        _worker.loop = previous
