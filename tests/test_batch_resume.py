"""One batch API (awaitable and ``async with``), progress, the journal and resume, uncertain
items, cancellation, ``create_once``, the probing limiter and the emulator's token bucket."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

import anyio
import anyio.lowlevel
import pytest

from chatbotkit import (
    AdaptiveRateLimiter,
    AsyncChatBotKit,
    BatchProgress,
    ItemDeadlineError,
    UncertainItemError,
    batch,
    create_once,
)
from chatbotkit._clock import FakeClock
from chatbotkit._journal import Journal, JournalError
from chatbotkit.emulator import Emulator, FaultRule
from chatbotkit.emulator._faults import Faults
from tests._paths import OPENAPI


async def double(i: int) -> int:
    await anyio.lowlevel.checkpoint()
    return 2 * i


# ----------------------------------------------------------------------- one API


async def test_awaitable_and_context_manager_give_the_same_results() -> None:
    in_order = await batch(range(50), double, concurrency=4)
    async with batch(iter(range(50)), double, concurrency=4) as results:
        streamed = [r async for r in results]
    assert [r.value for r in in_order] == [2 * i for i in range(50)]
    assert sorted((r.index, r.value) for r in streamed) == [(i, 2 * i) for i in range(50)]


async def test_leaving_the_block_early_cancels_the_rest() -> None:
    started: list[int] = []

    async def slow(i: int) -> int:
        started.append(i)
        await anyio.sleep(0 if i < 2 else 3600)
        return i

    async with batch(range(1000), slow, concurrency=4) as results:
        first = await results.__anext__()
    assert first.ok and len(started) <= 5  # never read ahead of the free slots


async def test_a_batch_runs_once() -> None:
    job = batch([1], double)
    await job
    with pytest.raises(Exception, match="runs once"):
        await job


# ---------------------------------------------------------------------- progress


async def test_progress_callable_gets_the_counters() -> None:
    seen: list[BatchProgress] = []
    gate, started = anyio.Event(), [0]

    async def fn(i: int) -> int:
        started[0] += 1
        if started[0] >= 3:
            gate.set()
        await gate.wait()
        if i % 5 == 0:
            raise ValueError(i)
        return i

    await batch(range(20), fn, concurrency=3, progress=seen.append)
    assert max(p.in_flight for p in seen) == 3
    last = seen[-1]
    assert (last.done, last.failed, last.in_flight, last.total) == (16, 4, 0, 20)
    assert last.state == "finished" and last.not_started == 0
    assert "16 done, 4 failed, 0 uncertain, 0 not started" in last.summary()


async def test_a_failing_progress_callable_stops_the_batch_with_its_own_error() -> None:
    calls, ran = [0], []

    def progress(p: BatchProgress) -> None:
        calls[0] += 1
        if calls[0] == 4:
            raise KeyError("display broke")

    async def fn(i: int) -> int:
        ran.append(i)
        return i

    with pytest.raises(KeyError, match="display broke"):  # not an ExceptionGroup
        await batch(range(100), fn, concurrency=2, progress=progress)
    assert calls[0] == 4  # not called again once it failed
    assert 0 < len(ran) < 100  # pulling stopped; what had started finished


async def test_progress_true_leaves_a_summary_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    await batch(range(7), double, progress=True)
    assert "batch finished: 7 done, 0 failed, 0 uncertain, 0 not started" in capsys.readouterr().err


def test_line_display_draws_done_failed_in_flight_rate_and_eta() -> None:
    import io

    from chatbotkit._progress import LineDisplay

    out = io.StringIO()
    LineDisplay(out)(BatchProgress(done=40, failed=2, in_flight=8, total=100, elapsed=2.0))
    line = out.getvalue()
    assert "42/100 done" in line and "2 failed" in line and "8 in flight" in line
    assert "21.0/s" in line and "ETA 0:03" in line


# ------------------------------------------------------------------ journal, resume


def left_started(journal: Path, key: str, position: int) -> None:
    """The journal as a run killed during item ``key`` leaves it."""
    prior = Journal(journal)
    prior.started(key, position)
    prior.close()


async def test_resume_skips_finished_items_and_reruns_failed_ones(tmp_path: Path) -> None:
    journal = tmp_path / "job.sqlite"
    calls: list[int] = []
    broken = [True]

    async def flaky(i: int) -> dict[str, int]:
        calls.append(i)
        if i % 3 == 0 and broken[0]:
            raise ValueError("boom")
        return {"n": i}

    first = await batch(range(10), flaky, journal=journal)
    assert [r.index for r in first.failed] == [0, 3, 6, 9]
    calls.clear()
    broken[0] = False
    second = await batch(range(10), flaky, journal=journal, decode=lambda wire: wire["n"])
    assert sorted(calls) == [0, 3, 6, 9]  # finished items came from the journal
    assert [r.value for r in second if r.resumed] == [1, 2, 4, 5, 7, 8]
    assert all(r.ok for r in second)
    assert Journal(journal).counts() == {"done": 10}


async def test_results_holding_models_are_journaled_in_wire_form(tmp_path: Path) -> None:
    from chatbotkit_gen.models import Bot

    async def fetch(i: int) -> list[Bot]:
        return [Bot.from_dict({"id": f"b{i}", "createdAt": 1, "updatedAt": 2})]

    journal = tmp_path / "job.sqlite"
    assert all(r.ok for r in await batch(range(2), fetch, journal=journal))
    again = await batch(range(2), fetch, journal=journal)
    assert [r.value for r in again] == [
        [{"id": f"b{i}", "createdAt": 1, "updatedAt": 2}] for i in range(2)
    ]
    assert all(r.resumed for r in again)


@pytest.mark.parametrize("policy", ["skip", "retry", "reconcile"])
async def test_uncertain_items_follow_on_uncertain(tmp_path: Path, policy: str) -> None:
    journal = tmp_path / "job.sqlite"
    left_started(journal, "k1", 1)
    called: list[str] = []

    async def fn(i: int) -> str:
        called.append(f"fn{i}")
        return "fresh"

    async def reconcile(i: int) -> str:
        called.append(f"reconcile{i}")
        return "found"

    on_uncertain: Any = reconcile if policy == "reconcile" else policy
    seen: list[BatchProgress] = []
    results = await batch(
        range(3),
        fn,
        journal=journal,
        key=lambda i: f"k{i}",
        on_uncertain=on_uncertain,
        progress=seen.append,
    )
    if policy == "skip":
        assert isinstance(results[1].error, UncertainItemError) and seen[-1].uncertain == 1
        assert called == ["fn0", "fn2"]
    elif policy == "retry":
        assert results[1].value == "fresh" and "fn1" in called
    else:
        assert results[1].value == "found" and "reconcile1" in called and "fn1" not in called


async def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="keys must be unique"):
        await batch([1, 1], double, journal=tmp_path / "j.sqlite", key=str)


async def test_a_result_without_wire_form_fails_its_item(tmp_path: Path) -> None:
    async def opaque(i: int) -> object:
        return object()

    results = await batch([1], opaque, journal=tmp_path / "j.sqlite")
    assert "wire (JSON) form" in str(results[0].error)


# ------------------------------------------------------------------- cancellation


async def test_cancelling_flushes_the_journal_and_logs_one_summary_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    journal = tmp_path / "job.sqlite"

    async def fn(i: int) -> int:
        await anyio.sleep(0 if i < 6 else 3600)
        return i

    with anyio.move_on_after(0.2):
        await batch(range(100), fn, concurrency=4, journal=journal)
    line = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert line == ["batch cancelled: 6 done, 0 failed, 4 uncertain, 90 not started in 0:00"]
    assert Journal(journal).counts() == {"done": 6, "started": 4}


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
@pytest.mark.parametrize("progress", [True, False], ids=["stderr", "log"])
def test_cancelling_a_client_batch_flushes_the_journal_and_leaves_one_summary(
    backend: str,
    progress: bool,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    journal = tmp_path / "job.sqlite"
    emu = Emulator(spec=OPENAPI)

    async def main() -> bool:
        scope = anyio.CancelScope()
        six_done = anyio.Event()

        async def create(cbk: AsyncChatBotKit, i: int) -> str:
            if i >= 6:
                if i == 9:  # the last of the four slots is taken once six are done
                    six_done.set()
                await anyio.sleep_forever()
            return (await cbk.bot.create(name=f"b{i}")).id

        async def cancel_when_ready() -> None:
            await six_done.wait()
            scope.cancel()

        with anyio.fail_after(30):  # safety net only
            async with emulated(emu) as cbk, anyio.create_task_group() as tg:
                tg.start_soon(cancel_when_ready)
                with scope:
                    await cbk.batch(
                        range(100), create, concurrency=4, journal=journal, progress=progress
                    )
        return scope.cancelled_caught

    assert anyio.run(main, backend=backend) is True
    summary = "batch cancelled: 6 done, 0 failed, 4 uncertain, 90 not started in"
    warnings = [
        r.getMessage().rsplit(" ", 1)[0] for r in caplog.records if r.levelno == logging.WARNING
    ]
    stderr = [line.rsplit(" ", 1)[0] for line in capsys.readouterr().err.splitlines()]
    assert (stderr, warnings) == (([summary], []) if progress else ([], [summary]))
    assert Journal(journal).counts() == {"done": 6, "started": 4}
    assert len(emu.records("bot")) == 6


async def test_item_deadline_fails_the_item_and_leaves_it_uncertain(tmp_path: Path) -> None:
    async def stuck(i: int) -> int:
        await anyio.sleep(0 if i else 3600)
        return i

    results = await batch(range(3), stuck, item_deadline=0.05, journal=tmp_path / "j.sqlite")
    assert isinstance(results[0].error, ItemDeadlineError) and results[1].ok
    assert Journal(tmp_path / "j.sqlite").counts() == {"done": 2, "started": 1}


@pytest.mark.parametrize("deadline", [None, 60.0])
async def test_a_timeout_error_of_fn_is_an_ordinary_failure_not_the_deadline(
    tmp_path: Path, deadline: float | None
) -> None:
    async def fails(i: int) -> int:
        raise TimeoutError("upstream gave up")

    path = tmp_path / "j.sqlite"
    results = await batch(range(2), fails, item_deadline=deadline, journal=path)
    assert [type(r.error) for r in results] == [TimeoutError, TimeoutError]
    assert Journal(path).counts() == {"failed": 2}


# ------------------------------------------------------------- client batch, 429s


def emulated(emu: Emulator, **options: Any) -> AsyncChatBotKit:
    return AsyncChatBotKit(
        token=emu.token,
        base_url="http://emulator.local/v1",
        transport=emu.transport(),
        clock=FakeClock(),
        **options,
    )


async def test_a_429_is_retried_until_the_item_deadline_not_max_retries() -> None:
    emu = Emulator(spec=OPENAPI, faults=[FaultRule.rate_limit("createBot", count=12)])

    async def create(cbk: AsyncChatBotKit, name: str) -> str:
        return (await cbk.bot.create(name=name)).id

    async with emulated(emu) as cbk:  # max_retries=2 by default
        results = await cbk.batch(["a", "b"], create, concurrency=1)
        with pytest.raises(Exception, match="TOO_MANY_REQUESTS"):
            emu.faults.set(FaultRule.rate_limit("createBot", count=12))
            await cbk.bot.create(name="outside a batch")
    assert all(r.ok for r in results) and emu.count("bot") == 2


async def test_create_once_finds_the_resource_an_uncertain_item_created() -> None:
    emu = Emulator(spec=OPENAPI)
    async with emulated(emu) as cbk:
        first = await create_once(cbk.conversation, key="job:1", name="one")
        again = await create_once(cbk.conversation, key="job:1", name="one")
        other = await create_once(cbk.conversation, key="job:2", name="two", meta={"a": 1})
    assert again == first != other and emu.count("conversation") == 2
    assert [r["meta"] for r in emu.records("conversation")] == [
        {"idempotencyKey": "job:1"},
        {"a": 1, "idempotencyKey": "job:2"},
    ]


async def test_create_once_in_a_batch_looks_up_only_for_reruns(tmp_path: Path) -> None:
    emu = Emulator(spec=OPENAPI)
    journal = tmp_path / "job.sqlite"
    left_started(journal, "k0", 0)

    async def item(cbk: AsyncChatBotKit, i: int) -> str:
        return await create_once(cbk.conversation, name=f"c{i}")

    async with emulated(emu) as cbk:
        await create_once(cbk.conversation, key="k0", name="c0")  # the killed run's create
        results = await cbk.batch(
            range(3), item, journal=journal, key=lambda i: f"k{i}", on_uncertain="retry"
        )
    assert all(r.ok for r in results) and emu.count("conversation") == 3
    assert emu.stats.by_route["listConversations"] == 2  # the direct call and the rerun


# ------------------------------------------------------------------ token bucket


def test_token_bucket_fault_answers_429_with_the_true_wait() -> None:
    now = [0.0]
    faults = Faults([FaultRule.token_bucket(capacity=2, refill=4)], clock=lambda: now[0])

    def pick(who: str = "a") -> FaultRule | None:
        return faults.pick(frozenset({"token_bucket"}), "createBot", "/bot/create", "", who)

    assert pick() is None and pick() is None  # the burst
    throttled = pick()
    assert throttled is not None and throttled.retry_after == pytest.approx(0.25)
    assert throttled.retry_after_headers() == {"Retry-After": "1", "retry-after-ms": "250"}
    assert pick("b") is None  # per token
    now[0] = 0.1
    assert pick().retry_after == pytest.approx(0.15)  # type: ignore[union-attr]
    now[0] = 0.25
    assert pick() is None
    assert FaultRule.parse("token_bucket:capacity=5,refill=50").refill == 50


async def test_client_batch_without_a_limiter_and_with_a_client_reconcile(tmp_path: Path) -> None:
    emu = Emulator(spec=OPENAPI)
    journal = tmp_path / "job.sqlite"
    left_started(journal, "k1", 1)
    limiter = AdaptiveRateLimiter(clock=FakeClock())

    async def create(cbk: AsyncChatBotKit, i: int) -> str:
        assert cbk.rate_limiter is None  # rate_limiter=False wins over the client's own
        return (await cbk.bot.create(name=f"b{i}")).id

    async def reconcile(cbk: AsyncChatBotKit, i: int) -> str:
        return "reconciled"

    async with emulated(emu, rate_limiter=limiter) as cbk:
        job = cbk.batch(
            range(3),
            create,
            rate_limiter=False,
            journal=journal,
            key=lambda i: f"k{i}",
            on_uncertain=reconcile,
        )
        results = await job
    assert [r.value for r in results][1] == "reconciled" and emu.count("bot") == 2
    assert limiter.requests == 0 and job.progress.state == "finished"


async def test_a_failing_decode_fails_its_item_and_a_corrupt_row_stops_the_batch(
    tmp_path: Path,
) -> None:
    journal = tmp_path / "job.sqlite"

    async def fn(i: int) -> dict[str, int]:
        return {"n": i}

    await batch(range(3), fn, journal=journal)
    decoded = await batch(range(3), fn, journal=journal, decode=lambda wire: 10 // wire["n"])
    assert isinstance(decoded[0].error, ZeroDivisionError) and decoded[0].resumed
    assert [r.value for r in decoded[1:]] == [10, 5]
    assert (decoded.failed[0].index, len(decoded.succeeded)) == (0, 2)

    db = sqlite3.connect(journal)
    db.execute("UPDATE items SET result = '{not json' WHERE position = 1")
    db.commit()
    db.close()
    with pytest.raises(JournalError, match="not JSON"):
        await batch(range(3), fn, journal=journal)
