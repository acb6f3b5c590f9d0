"""Background task runs, simulated on the clock.

A trigger records a run with a start time; its progress (steps finished, status,
events) is a pure function of elapsed time, so nothing runs in the background,
no event loop is tied to the run, and a subscriber on any loop (asyncio or trio,
in-process or behind uvicorn) sees the same timeline. Records are brought up to
date lazily (``settle``) whenever task data is read.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import datetime, timezone
from typing import Any

import anyio
import attrs

from ._store import AccountStore, now_ms

Event = dict[str, Any]
_POLL = 0.02


@attrs.define(eq=False)
class TaskRun:
    """One execution of a task: when it started, how long it takes, if canceled."""

    execution_id: str
    task_id: str
    name: str
    started: float
    started_ms: int
    duration: float
    steps: int
    canceled_at: float | None = None
    settled: bool = False

    @property
    def ends_at(self) -> float:
        return self.canceled_at if self.canceled_at is not None else self.started + self.duration

    def finished(self, now: float) -> bool:
        return now >= self.ends_at

    def _event(self, offset: float, kind: str, data: dict[str, Any]) -> tuple[float, Event]:
        return offset, {
            "type": kind,
            "createdAt": self.started_ms + round(offset * 1000),
            "data": data,
        }

    def timeline(self) -> list[tuple[float, Event]]:
        """Every event of the run as ``(seconds after start, event)``, in order."""
        whole = {"id": self.task_id, "kind": "function", "name": self.name}
        events = [self._event(0.0, "operationBegin", {"id": self.execution_id, "action": whole})]
        step = self.duration / max(self.steps, 1)
        for i in range(self.steps):
            action = {"id": f"step-{i + 1}", "kind": "function", "name": f"step {i + 1}"}
            op_id = f"{self.execution_id}-{i + 1}"
            events.append(self._event(i * step, "operationBegin", {"id": op_id, "action": action}))
            events.append(
                self._event((i + 1) * step, "operationEnd", {"id": op_id, "action": action})
            )
        events.append(
            self._event(self.duration, "operationEnd", {"id": self.execution_id, "action": whole})
        )
        if self.canceled_at is None:
            return events
        cut = self.canceled_at - self.started
        kept = [e for e in events if e[0] <= cut]
        kept.append(self._event(cut, "error", {"code": "CANCELED", "message": "task run canceled"}))
        return kept


class TaskRunner:
    """Runs per (account, task); trigger, cancel, settle and subscribe."""

    def __init__(self, duration: float, steps: int) -> None:
        self.duration = duration
        self.steps = steps
        self._runs: dict[tuple[str, str], list[TaskRun]] = {}

    def clear(self) -> None:
        self._runs.clear()

    def latest(self, account: str, task_id: str) -> TaskRun | None:
        runs = self._runs.get((account, task_id))
        return runs[-1] if runs else None

    def active(self, account: str, task_id: str) -> TaskRun | None:
        run = self.latest(account, task_id)
        return run if run is not None and not run.finished(time.monotonic()) else None

    def trigger(self, store: AccountStore, task: dict[str, Any], execution_id: str) -> TaskRun:
        """Start a run (the caller checked none is active) and record it as running."""
        ms = now_ms()
        run = TaskRun(
            execution_id=execution_id,
            task_id=str(task["id"]),
            name=str(task.get("name") or "task"),
            started=time.monotonic(),
            started_ms=ms,
            duration=self.duration,
            steps=self.steps,
        )
        self._runs.setdefault((store.account_id, run.task_id), []).append(run)
        store.put(
            "task.execution",
            (run.task_id,),
            {
                "id": execution_id,
                "createdAt": ms,
                "updatedAt": ms,
                "taskId": run.task_id,
                "status": "running",
                "outcome": "pending",
            },
        )
        task.update(status="running", outcome="pending", lastRunAt=ms, updatedAt=ms)
        return run

    def cancel(
        self, store: AccountStore, task_id: str, execution_id: str | None = None
    ) -> TaskRun | None:
        """Cancel the active run (optionally only if it is ``execution_id``)."""
        run = self.active(store.account_id, task_id)
        if run is None or (execution_id is not None and run.execution_id != execution_id):
            return None
        run.canceled_at = time.monotonic()
        self.settle(store)
        return run

    def settle(self, store: AccountStore) -> None:
        """Write the outcome of every finished run of this account into its records."""
        now = time.monotonic()
        for (account, task_id), runs in self._runs.items():
            if account != store.account_id:
                continue
            for run in runs:
                if run.settled or not run.finished(now):
                    continue
                run.settled = True
                canceled = run.canceled_at is not None
                ms = run.started_ms + round((run.ends_at - run.started) * 1000)
                execution = store.get("task.execution", (task_id,), run.execution_id)
                if execution is not None:
                    execution.update(
                        status="canceled" if canceled else "idle",
                        outcome="failure" if canceled else "success",
                        completedAt=datetime.fromtimestamp(ms / 1000, timezone.utc)
                        .isoformat()
                        .replace("+00:00", "Z"),
                        updatedAt=max(ms, int(execution.get("updatedAt", 0))),
                    )
                task = store.get("task", (), task_id)
                if task is not None:
                    task.update(
                        status="idle",
                        outcome="failure" if canceled else "success",
                        updatedAt=max(ms, int(task.get("updatedAt", 0))),
                    )

    async def subscribe(
        self, store: AccountStore, task_id: str, history: int | None, wait: float
    ) -> AsyncIterator[Event]:
        """Events of the latest run: the past (last ``history`` of them), then live.

        With no run yet, waits up to ``wait`` seconds for a trigger (then ends
        empty). Ends after the run's terminal event (``operationEnd`` of the
        execution, or ``error`` when canceled).
        """
        run = self.latest(store.account_id, task_id)
        give_up = time.monotonic() + wait
        while run is None:
            if time.monotonic() >= give_up:
                return
            await anyio.sleep(_POLL)
            run = self.latest(store.account_id, task_id)
        elapsed = time.monotonic() - run.started
        past = [event for offset, event in run.timeline() if offset <= elapsed]
        sent = len(past)
        if history is not None:
            past = past[-history:] if history > 0 else []
        for event in past:
            yield event
        while True:
            timeline = run.timeline()
            if sent >= len(timeline):
                break
            offset, event = timeline[sent]
            wait = run.started + offset - time.monotonic()
            if wait > 0:
                await anyio.sleep(min(wait, _POLL * 2))
                continue
            sent += 1
            yield event
        self.settle(store)
