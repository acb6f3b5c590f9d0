"""A discrete-event simulation of a batch against a rate-limited server, in virtual time.

The real retry layer and :class:`AdaptiveRateLimiter` run on an asyncio loop whose clock is
virtual: when every task waits, time jumps to the next timer. The server is one FIFO queue
(``capacity`` requests per second) that answers 429 TOO_MANY_REQUESTS either at random
(``random_429``: a fault, whatever the rate) or above a token bucket (``bucket``: a real
limit, with the true ``Retry-After``). Deterministic for a seed, and instant.
"""

from __future__ import annotations

import asyncio
import random
import selectors
from typing import Any

import attrs
import httpx

from chatbotkit._exceptions import make_status_error
from chatbotkit._ratelimit import AdaptiveRateLimiter
from chatbotkit._retry import RetryPolicy, send_with_retries


class _VirtualSelector(selectors.DefaultSelector):
    """Never blocks: a wait for ``timeout`` seconds advances the loop's virtual time."""

    loop: VirtualLoop

    def select(self, timeout: float | None = None) -> list[Any]:
        if timeout is None:
            raise RuntimeError("simulation deadlock: every task waits and no timer is due")
        self.loop.virtual += max(timeout, 0.0)
        return super().select(0)


class VirtualLoop(asyncio.SelectorEventLoop):
    """An event loop whose ``time()`` is virtual."""

    def __init__(self) -> None:
        selector = _VirtualSelector()
        super().__init__(selector)
        selector.loop = self
        self.virtual = 0.0

    def time(self) -> float:
        return self.virtual


@attrs.define
class LoopClock:
    """The SDK's Clock over the virtual loop."""

    loop: VirtualLoop

    def now(self) -> float:
        return self.loop.virtual

    def wall(self) -> float:
        return 1_700_000_000.0 + self.loop.virtual

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


@attrs.define
class Server:
    """One FIFO queue; 429s at random (``random_429``) or above a token bucket (``bucket``)."""

    capacity: float = 500.0
    random_429: float = 0.0
    retry_after: float = 0.05
    bucket: tuple[float, float] | None = None  # (burst capacity, refill per second)
    seed: int = 1
    free_at: float = 0.0
    tokens: float = 0.0
    filled_at: float = 0.0
    accepted: int = 0
    throttled: int = 0
    rng: random.Random = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        if self.bucket is not None:
            self.tokens = self.bucket[0]

    async def handle(self, loop: VirtualLoop) -> httpx.Response:
        now = loop.virtual
        self.free_at = max(self.free_at, now) + 1.0 / self.capacity
        await asyncio.sleep(self.free_at - now)
        wait = self._decide(loop.virtual)
        if wait is None:
            self.accepted += 1
            return httpx.Response(200, json={"id": "x"})
        self.throttled += 1
        headers = {"retry-after-ms": str(round(wait * 1000))}
        return httpx.Response(
            429, json={"message": "slow down", "code": "TOO_MANY_REQUESTS"}, headers=headers
        )

    def _decide(self, now: float) -> float | None:
        if self.random_429 and self.rng.random() < self.random_429:
            return self.retry_after
        if self.bucket is not None:
            burst, refill = self.bucket
            self.tokens = min(burst, self.tokens + (now - self.filled_at) * refill)
            self.filled_at = now
            if self.tokens >= 1:
                self.tokens -= 1
                return None
            return (1 - self.tokens) / refill
        return None


@attrs.frozen
class Outcome:
    items_per_s: float
    throttled: int
    elapsed: float
    final_rate: float | None


def run(
    server: Server,
    limiter: AdaptiveRateLimiter | None,
    *,
    items: int = 1000,
    concurrency: int = 64,
) -> Outcome:
    """``items`` creates, ``concurrency`` at a time, each retried on 429 until it succeeds."""
    loop = VirtualLoop()
    clock = LoopClock(loop)
    if limiter is not None:
        limiter = attrs.evolve(limiter, clock=clock)
    policy = RetryPolicy(rate_limit_retries=1_000_000)
    jitter = random.Random(server.seed + 1)

    async def attempt(number: int) -> httpx.Response:
        ticket = None if limiter is None else await limiter.acquire()
        response = await server.handle(loop)
        error = make_status_error(response) if response.status_code >= 400 else None
        if limiter is not None:
            limiter.record(error, ticket)
        if error is not None:
            raise error
        return response

    async def main() -> float:
        queue = iter(range(items))

        async def worker() -> None:
            for _ in queue:
                await send_with_retries(
                    attempt,
                    method="POST",
                    idempotent=False,
                    policy=policy,
                    clock=clock,
                    rng=jitter.random,
                )

        start = loop.virtual
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return loop.virtual - start

    try:
        elapsed = loop.run_until_complete(main())
    finally:
        loop.close()
    return Outcome(
        items / elapsed, server.throttled, elapsed, None if limiter is None else limiter.rate
    )
