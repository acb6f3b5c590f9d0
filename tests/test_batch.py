"""Batches (order, failures, laziness, cancellation), the AIMD limiter, and a faulty emulator."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from chatbotkit import (
    AdaptiveRateLimiter,
    AsyncChatBotKit,
    BatchError,
    BatchResult,
    batch,
    batch_stream,
)
from chatbotkit._clock import FakeClock
from chatbotkit._exceptions import APIStatusError, InvalidParameterError, make_status_error


async def yield_times(n: int) -> None:
    for _ in range(n):
        await anyio.lowlevel.checkpoint()


# ------------------------------------------------------------------------------ batch


async def test_results_in_input_order_whatever_the_completion_order() -> None:
    finished: list[int] = []

    async def fn(i: int) -> int:
        await yield_times(40 - 2 * i)  # later items finish first (one starts per turn)
        finished.append(i)
        return i * i

    results = await batch(range(20), fn, concurrency=20)
    assert finished != sorted(finished)
    assert [r.index for r in results] == list(range(20))
    assert [r.item for r in results] == list(range(20))
    assert results.values() == [i * i for i in range(20)]


async def test_failures_are_kept_next_to_successes() -> None:
    calls: list[int] = []

    async def fn(i: int) -> str:
        calls.append(i)
        await yield_times(i % 3)
        if i % 4 == 1:
            raise ValueError(f"bad {i}")
        return str(i)

    results = await batch(range(12), fn, concurrency=3)
    assert sorted(calls) == list(range(12))  # each item called exactly once
    assert [r.index for r in results.failed] == [1, 5, 9]
    assert [r.value for r in results.succeeded] == [str(i) for i in range(12) if i % 4 != 1]
    assert str(results[5].error) == "bad 5"
    with pytest.raises(ValueError, match="bad 5"):
        results[5].unwrap()
    assert results[4].unwrap() == "4"
    with pytest.raises(BatchError) as info:
        results.values()
    assert [str(e) for e in info.value.exceptions] == ["bad 1", "bad 5", "bad 9"]
    assert info.value.results is results and len(info.value.failed) == 3
    assert isinstance(info.value.__cause__, ValueError)
    assert "3 of 12 items failed" in str(info.value)


async def test_concurrency_is_bounded_and_items_are_pulled_lazily() -> None:
    pulled = 0
    started = 0
    running = 0
    peak = 0
    ahead: list[int] = []

    def items() -> Iterator[int]:
        nonlocal pulled
        for i in range(200):
            pulled += 1
            yield i

    async def fn(i: int) -> int:
        nonlocal running, peak, started
        started += 1
        running += 1
        peak = max(peak, running)
        ahead.append(pulled - started)  # items read from the input but not yet started
        await yield_times(10 + i % 5)
        running -= 1
        return i

    results = await batch(items(), fn, concurrency=7)
    assert len(results) == 200 and peak == 7
    assert max(ahead) == 0


async def test_async_iterable_input_and_empty_input() -> None:
    async def items() -> AsyncIterator[str]:
        for name in "abc":
            await anyio.lowlevel.checkpoint()
            yield name

    async def upper(s: str) -> str:
        return s.upper()

    assert (await batch(items(), upper)).values() == ["A", "B", "C"]
    assert await batch([], upper) == []


async def test_a_broken_input_lets_started_calls_finish_then_raises() -> None:
    done: list[int] = []

    def items() -> Iterator[int]:
        yield 0
        yield 1
        raise OSError("input file vanished")

    async def fn(i: int) -> None:
        await yield_times(5)
        done.append(i)

    with pytest.raises(OSError, match="vanished"):
        await batch(items(), fn, concurrency=4)
    assert sorted(done) == [0, 1]


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_cancelling_the_batch_cancels_calls_in_flight(backend: str) -> None:
    pulled: list[int] = []
    cancelled: list[int] = []

    def items() -> Iterator[int]:
        for i in range(100):
            pulled.append(i)
            yield i

    async def main() -> bool:
        all_started = anyio.Event()

        async def fn(i: int) -> None:
            try:
                if len(pulled) == 4:
                    all_started.set()
                await anyio.sleep_forever()
            except anyio.get_cancelled_exc_class():
                cancelled.append(i)
                raise

        with anyio.fail_after(30):  # safety net only
            async with anyio.create_task_group() as tg:
                scope = anyio.CancelScope()

                async def run() -> None:
                    with scope:
                        await batch(items(), fn, concurrency=4)

                tg.start_soon(run)
                await all_started.wait()
                scope.cancel()
        return scope.cancelled_caught

    assert anyio.run(main, backend=backend) is True
    assert sorted(cancelled) == [0, 1, 2, 3]
    assert len(pulled) <= 5  # a fifth item may be read while waiting for a slot, never more


def test_concurrency_must_be_positive() -> None:
    async def fn(i: int) -> int:
        return i

    with pytest.raises(InvalidParameterError, match="concurrency"):  # at once, before running
        batch([1], fn, concurrency=0)


async def test_batch_stream_hands_results_over_as_they_complete() -> None:
    async def fn(i: int) -> int:
        await yield_times(20 - 2 * i)
        if i == 3:
            raise KeyError(i)
        return -i

    seen: list[BatchResult[int, int]] = []
    async with batch_stream(range(10), fn, concurrency=10) as results:
        async for result in results:
            seen.append(result)
    assert sorted(r.index for r in seen) == list(range(10))
    assert [r.index for r in seen] != list(range(10))  # completion order
    assert next(r for r in seen if r.index == 3).error is not None
    assert all(r.value == -r.index for r in seen if r.index != 3)


async def test_batch_stream_leaving_early_stops_the_rest() -> None:
    calls: list[int] = []

    async def fn(i: int) -> int:
        calls.append(i)
        await yield_times(3)
        return i

    async with batch_stream(range(10_000), fn, concurrency=8) as results:
        async for _ in results:
            break
    assert len(calls) < 50


# ------------------------------------------------------------------------------ limiter


def rate_limited(code: str | None = "TOO_MANY_REQUESTS", status: int = 429, **headers: str) -> Any:
    body = {"message": "slow down", **({"code": code} if code else {})}
    request = httpx.Request("POST", "https://api.chatbotkit.com/v1/bot/create")
    return make_status_error(httpx.Response(status, json=body, headers=headers, request=request))


async def test_limiter_paces_requests() -> None:
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(strategy="aimd", rate=10, clock=clock)
    for _ in range(5):
        await limiter.acquire()
    assert clock.sleeps == pytest.approx([0.1] * 4)
    assert limiter.requests == 5


async def test_limiter_multiplicative_decrease_once_per_cooldown() -> None:
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(
        strategy="aimd", rate=16, min_rate=3, cooldown=1, peak_floor=0, clock=clock
    )
    limiter.record(rate_limited())
    limiter.record(rate_limited())  # the same overload: no second decrease
    assert limiter.rate == 8 and limiter.throttled == 2 and limiter.decreases == 1
    clock.advance(1)
    limiter.record(rate_limited(None))  # a 429 without a code counts too
    assert limiter.rate == 4
    clock.advance(1)
    limiter.record(rate_limited())
    assert limiter.rate == 3  # min_rate floor


@pytest.mark.parametrize(
    "error",
    [
        rate_limited("LIMITS_REACHED"),
        rate_limited("DISCORD_TOO_MANY_REQUESTS"),
        rate_limited("INTERNAL_SERVER_ERROR", 500),
        ValueError("not an API error"),
    ],
)
async def test_limiter_ignores_other_failures(error: Exception) -> None:
    limiter = AdaptiveRateLimiter(strategy="aimd", rate=16, clock=FakeClock())
    limiter.record(error)
    assert limiter.rate == 16 and limiter.throttled == 0


async def test_limiter_additive_increase_capped() -> None:
    limiter = AdaptiveRateLimiter(
        strategy="aimd", rate=4, max_rate=5, increase=1, clock=FakeClock()
    )
    for _ in range(4):  # about one second of successes at 4/s adds about 1/s
        limiter.record(None)
    assert 4.9 < limiter.rate < 5  # type: ignore[operator]
    for _ in range(10):
        limiter.record(None)
    assert limiter.rate == 5 and limiter.successes == 14


async def test_retry_after_pauses_every_acquirer_when_asked() -> None:
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(strategy="aimd", clock=clock, pause_on_retry_after=True)
    await limiter.acquire()
    limiter.record(rate_limited(**{"Retry-After": "5"}))
    await limiter.acquire()
    assert clock.sleeps[0] == pytest.approx(5)


async def test_by_default_retry_after_holds_only_the_retried_request() -> None:
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(strategy="aimd", clock=clock)  # unlimited until the first 429
    await limiter.acquire()
    limiter.record(rate_limited(**{"Retry-After": "5"}))
    await limiter.acquire()  # paced by the new rate, not held for 5 s
    assert sum(clock.sleeps) < 5


async def test_persistent_429s_cannot_push_the_rate_below_the_peak_floor() -> None:
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(
        strategy="aimd", rate=400, cooldown=1, clock=clock
    )  # peak_floor=0.25
    for _ in range(20):  # a server that rejects some requests whatever our rate is
        limiter.record(rate_limited())
        clock.advance(1)
    assert limiter.decreases == 20
    assert limiter.rate == 100  # a quarter of the peak, not min_rate


async def test_unlimited_start_uses_the_observed_rate() -> None:
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(strategy="aimd", clock=clock, cooldown=2)
    for _ in range(40):
        await limiter.acquire()
        clock.advance(0.05)
    assert limiter.rate is None and clock.sleeps == []
    limiter.record(rate_limited())
    # 40 requests over the 2 s window: 20/s, halved
    assert limiter.rate == pytest.approx(10, rel=0.05)


async def test_an_early_burst_is_measured_over_the_time_it_took() -> None:
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(strategy="aimd", clock=clock, cooldown=1)
    for _ in range(64):  # 64 concurrent first requests, all within 0.1 s
        await limiter.acquire()
    clock.advance(0.1)
    limiter.record(rate_limited())
    assert limiter.rate == 320  # 640/s observed over 0.1 s, halved (not 64/s halved)


def test_limiter_validation() -> None:
    with pytest.raises(ValueError):
        AdaptiveRateLimiter(strategy="aimd", rate=0)
    with pytest.raises(ValueError):
        AdaptiveRateLimiter(decrease=1)
    assert AdaptiveRateLimiter(strategy="aimd", rate=100, max_rate=10).rate == 10


async def test_client_attempts_and_retries_go_through_the_limiter() -> None:
    replies = [
        httpx.Response(429, json={"code": "TOO_MANY_REQUESTS"}, headers={"Retry-After": "2"}),
        httpx.Response(429, json={"code": "TOO_MANY_REQUESTS"}, headers={"Retry-After": "2"}),
        httpx.Response(200, json={"id": "b1"}),
    ]
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return replies[len(seen) - 1]

    clock = FakeClock()
    limiter = AdaptiveRateLimiter(strategy="aimd", rate=8, clock=clock)
    cbk = AsyncChatBotKit(token="t", transport=httpx.MockTransport(handler), clock=clock)
    paced = cbk.with_options(rate_limiter=limiter)
    assert (await paced.bot.create(name="x")).id == "b1"
    assert len(seen) == 3
    assert (limiter.requests, limiter.throttled, limiter.retries, limiter.successes) == (3, 2, 2, 1)
    assert limiter.rate is not None and limiter.rate < 8
    assert cbk.rate_limiter is None  # the original client is not paced


# ------------------------------------------------------------------------------ emulator

from chatbotkit import emulator  # noqa: E402  (the [emulator] extra is part of [dev])


async def test_2000_mixed_items_against_30_percent_429s(spec_path: Path) -> None:
    rule = emulator.FaultRule.rate_limit(rate=0.3, retry_after=0)
    emu = emulator.Emulator(spec=spec_path, faults=[rule], seed=7)
    names = [f"bot-{i:04d}" for i in range(2000) if i % 4]  # 1,500 creates
    items: list[tuple[str, str]] = []
    for i in range(2000):
        items.append(("create", f"bot-{i:04d}") if i % 4 else ("list", ""))

    async def fn(cbk: AsyncChatBotKit, item: tuple[str, str]) -> str:
        kind, name = item
        if kind == "create":
            return (await cbk.bot.create(name=name)).id
        page = await cbk.bot.list(take=5)
        return f"page of {len(page.items)}"

    limiter = AdaptiveRateLimiter(strategy="aimd", clock=FakeClock())
    async with AsyncChatBotKit(
        token=emu.token,
        base_url="http://emulator.local/v1",
        transport=emu.transport(),
        clock=limiter.clock,
        max_retries=20,  # 0.3**21: no item runs out of retries
    ) as cbk:
        started = time.perf_counter()
        results = await cbk.batch(items, fn, concurrency=64, rate_limiter=limiter)
        elapsed = time.perf_counter() - started

    assert len(results) == 2000 and not results.failed
    created = [record["name"] for record in emu.records("bot")]
    assert len(created) == len(names) == emu.count("bot")  # nothing duplicated
    assert set(created) == set(names)  # nothing lost
    ids = [r.value for r in results if r.item[0] == "create"]
    assert len(set(ids)) == len(ids) == 1500
    faults = emu.stats.faults["rate_limit"]
    assert faults > 500  # about 30% of ~2,860 requests
    assert limiter.retries == limiter.throttled == faults
    assert emu.stats.requests == 2000 + faults
    assert limiter.decreases >= 1
    print(
        f"\nbatch: 2000 items, {emu.stats.requests} requests, {limiter.retries} retries,"
        f" {elapsed:.2f} s wall, {2000 / elapsed:.0f} items/s"
    )


async def test_failed_items_are_reported_not_dropped(spec_path: Path) -> None:
    emu = emulator.Emulator(spec=spec_path, faults=[emulator.FaultRule.limits_reached(count=3)])

    async def create(cbk: AsyncChatBotKit, name: str) -> str:
        return (await cbk.bot.create(name=name)).id

    async with AsyncChatBotKit(
        token=emu.token,
        base_url="http://emulator.local/v1",
        transport=emu.transport(),
        clock=FakeClock(),
    ) as cbk:
        results = await cbk.batch([f"b{i}" for i in range(10)], create, concurrency=1)
    assert [r.item for r in results.failed] == ["b0", "b1", "b2"]
    assert all(isinstance(r.error, APIStatusError) for r in results.failed)
    assert sorted(r["name"] for r in emu.records("bot")) == [f"b{i}" for i in range(3, 10)]


async def test_client_batches_refuse_a_bad_fn_or_on_uncertain_by_name() -> None:
    from chatbotkit import AsyncChatBotKit, ChatBotKit

    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={}))
    async with AsyncChatBotKit(token="t", transport=transport) as a:
        with pytest.raises(InvalidParameterError, match=r"^fn must be callable"):
            await a.batch([1], "nope")  # type: ignore[arg-type]

    def blocking() -> None:  # the blocking client, outside this test's event loop
        with ChatBotKit(token="t", transport=transport) as s:
            for make in (s.batch, s.batch_stream):
                with pytest.raises(InvalidParameterError, match=r"^fn must be callable"):
                    make([1], "nope")  # type: ignore[arg-type]
                with pytest.raises(InvalidParameterError, match=r"^on_uncertain must be"):
                    make([1], lambda c, i: i, on_uncertain=42)  # type: ignore[arg-type]

    await anyio.to_thread.run_sync(blocking)
