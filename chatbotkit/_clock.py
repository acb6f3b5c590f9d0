"""Time, injectable: the retry layer reads and waits on a :class:`Clock`, never on ``time``."""

# :data:`SYSTEM_CLOCK` is the real thing; :class:`FakeClock` lets tests (ours and users') run
# backoff sequences instantly and deterministically.

from __future__ import annotations

import time
from typing import Protocol

import attrs

__all__ = ["SYSTEM_CLOCK", "Clock", "FakeClock", "SystemClock"]


class Clock(Protocol):
    """What the SDK needs from time."""

    def now(self) -> float:
        """Monotonic seconds, for durations and deadlines."""
        ...

    def wall(self) -> float:
        """Epoch seconds, to interpret HTTP-date headers such as ``Retry-After``."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Wait; must be a cancellation point (cancelling the task interrupts it at once)."""
        ...


@attrs.frozen
class SystemClock:
    """The real clock: ``time.monotonic``, ``time.time`` and ``anyio.sleep``.

    ``anyio.sleep`` works on asyncio and trio, and a cancelled task stops sleeping at once.
    """

    # The builtins themselves, not methods calling them: streams read ``now`` once per chunk.
    now = staticmethod(time.monotonic)
    wall = staticmethod(time.time)

    async def sleep(self, seconds: float) -> None:
        import anyio

        await anyio.sleep(seconds)


SYSTEM_CLOCK: Clock = SystemClock()
"""The default clock."""


@attrs.define
class FakeClock:
    """A clock for tests: ``sleep`` advances time instantly and is recorded in ``sleeps``.

    ``sleep`` still yields to the event loop once (a checkpoint), so cancellation works.
    """

    monotonic: float = 0.0
    epoch: float = 1_700_000_000.0
    sleeps: list[float] = attrs.field(factory=list)

    def now(self) -> float:
        return self.monotonic

    def wall(self) -> float:
        return self.epoch

    def advance(self, seconds: float) -> None:
        """Move both clocks forward, as if ``seconds`` passed (e.g. during an attempt)."""
        self.monotonic += seconds
        self.epoch += seconds

    async def sleep(self, seconds: float) -> None:
        import anyio.lowlevel

        await anyio.lowlevel.checkpoint()
        self.sleeps.append(seconds)
        self.advance(seconds)
