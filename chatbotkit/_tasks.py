"""Background tasks: trigger one and follow its events to the end (``run_task``)."""

# ``run_task`` triggers a task and follows ``/task/{id}/subscribe`` until the run's outermost
# operation ends (every ``operationBegin`` seen has its ``operationEnd``) or an ``error`` event
# arrives; ``follow_task`` does the following part alone, for a run already started. A
# timeout raises :class:`TaskTimeoutError`; a timeout or cancellation closes the subscription
# at once but does not cancel the run on the server (``cbk.task.cancel`` does).

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import anyio
import attrs

from chatbotkit_gen.types import UNSET, Unset

from ._check import callable_of, count, seconds, text, wrong_type
from ._exceptions import IncompleteStreamError, TaskTimeoutError

if TYPE_CHECKING:
    from ._client import AsyncChatBotKit

__all__ = ["TaskOutcome", "follow_task", "run_task"]


@attrs.frozen
class TaskOutcome:
    """How a followed task run ended: its events, and the error event's data if it failed.

    ``execution_id`` is the trigger's execution id when the server returns one, else the id
    of the run's outermost operation (its first ``operationBegin``).
    """

    task_id: str
    execution_id: str | None
    events: tuple[Any, ...]
    error: Any = None

    @property
    def ok(self) -> bool:
        """True when the run ended without an ``error`` event."""
        return self.error is None


async def run_task(
    client: AsyncChatBotKit,
    task_id: str,
    /,
    *,
    timeout: float | None = None,  # noqa: ASYNC109 (a deadline for the whole run)
    on_event: Callable[[Any], object] | None = None,
) -> TaskOutcome:
    """Trigger ``task_id`` and follow its run to the end (``timeout`` covers both)."""
    _check(client, task_id, timeout, on_event)
    with _deadline(task_id, timeout):
        triggered = await client.task.trigger(task_id)
        execution = triggered.additional_properties.get("executionId")
        return await _follow(
            client, task_id, execution if isinstance(execution, str) else None, UNSET, on_event
        )


async def follow_task(
    client: AsyncChatBotKit,
    task_id: str,
    /,
    *,
    timeout: float | None = None,  # noqa: ASYNC109 (a deadline for the whole run)
    history_length: int | Unset = UNSET,
    on_event: Callable[[Any], object] | None = None,
) -> TaskOutcome:
    """Follow the current run of ``task_id`` (past events first, as the server replays them)."""
    _check(client, task_id, timeout, on_event)
    if not isinstance(history_length, Unset):
        count(history_length, "history_length")
    with _deadline(task_id, timeout):
        return await _follow(client, task_id, None, history_length, on_event)


def _check(
    client: object, task_id: str, timeout: float | None, on_event: Callable[..., object] | None
) -> None:
    """The arguments of both calls, checked before anything is sent."""
    from ._client import AsyncChatBotKit

    if not isinstance(client, AsyncChatBotKit):
        raise wrong_type("client", "an AsyncChatBotKit (ChatBotKit has its own run_task)", client)
    text(task_id, "task_id")
    seconds(timeout, "timeout")
    callable_of(on_event, "on_event")


class _deadline:
    """``anyio.fail_after`` that raises :class:`TaskTimeoutError` instead of ``TimeoutError``."""

    def __init__(self, task_id: str, timeout: float | None) -> None:
        self._task_id = task_id
        self._timeout = timeout
        self._scope = anyio.CancelScope()

    def __enter__(self) -> None:
        if self._timeout is not None:
            self._scope = anyio.move_on_after(self._timeout)
        self._scope.__enter__()

    def __exit__(self, *exc_info: Any) -> None:
        # The scope swallows only its own deadline's cancellation: turn that into our error.
        if self._scope.__exit__(*exc_info) and self._timeout is not None:
            raise TaskTimeoutError(self._task_id, self._timeout)


async def _follow(
    client: AsyncChatBotKit,
    task_id: str,
    execution_id: str | None,
    history_length: int | Unset,
    on_event: Callable[[Any], object] | None,
) -> TaskOutcome:
    events: list[Any] = []
    error: Any = None
    stream = client.task.subscribe.stream(
        task_id, history_length=history_length, raise_on_error_event=False
    )
    began = False
    async with stream:
        async for event in stream:
            events.append(event)
            if on_event is not None:
                on_event(event)
            tag = _tag(event)
            if tag == "error":
                error = event.data
                break
            if tag == "operationBegin" and not began:
                began = True
                if execution_id is None:  # the run's outermost operation
                    execution_id = _op_id(event)
            if began and not stream.open_operations:
                break
    if not began and error is None:
        raise IncompleteStreamError(
            f"The subscription to task {task_id!r} ended before its run finished",
            events_received=len(events),
        )
    return TaskOutcome(task_id, execution_id, tuple(events), error)


def _op_id(event: Any) -> str | None:
    data = getattr(event, "data", None)
    op_id = data.get("id") if isinstance(data, dict) else getattr(data, "id", None)
    return op_id if isinstance(op_id, str) else None


def _tag(event: Any) -> str | None:
    """The wire ``type`` of an event (a ``Literal`` string on every event model)."""
    kind = getattr(event, "type", None)
    return kind if isinstance(kind, str) else None
