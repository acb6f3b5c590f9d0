"""A client-side adaptive rate limit shared by every request of a batch, so 429s stay rare."""

from __future__ import annotations

import collections
import math
from typing import Literal

import attrs

from ._clock import SYSTEM_CLOCK, Clock
from ._exceptions import APIStatusError, InvalidParameterError
from ._retry import is_transient_rate_limit, parse_retry_after

__all__ = ["AdaptiveRateLimiter", "is_transient_rate_limit"]

_RECHECK = 0.05
"""Longest sleep of a probing limiter's waiter before it looks whether the rate changed."""

_MIN_WINDOW = 0.01
"""Shortest span an observed rate is measured over (seconds), so one instant is not infinite."""


def _positive(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not (value > 0 and math.isfinite(value)):
        raise InvalidParameterError(
            f"{attribute.name} must be a finite number > 0, got {value!r}",
            parameter=attribute.name,
        )


def _optional_positive(
    instance: object, attribute: attrs.Attribute[float | None], value: float | None
) -> None:
    if value is not None:
        _positive(instance, attribute, value)  # type: ignore[arg-type]


def _fraction(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0 <= value < 1:
        raise InvalidParameterError(
            f"{attribute.name} must be in [0, 1), got {value!r}", parameter=attribute.name
        )


def _factor(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0 < value < 1:
        raise InvalidParameterError(
            f"{attribute.name} must be between 0 and 1 (exclusive), got {value!r}",
            parameter=attribute.name,
        )


@attrs.define(eq=False)
class AdaptiveRateLimiter:
    """Requests per second, lowered on 429s and raised on successes.

    The counters (``requests``, ``successes``, ``throttled``, ``retries``, ``decreases``)
    are for reports and tests. Use one limiter per API account (the server's limit is per
    account); share it across clients with ``with_options(rate_limiter=...)``.

    Attach one to a client (``cbk.with_options(rate_limiter=limiter)``, or let ``cbk.batch``
    make one): each HTTP attempt, retries included, waits for a slot first, and its outcome
    feeds back.

    ``strategy="probe"`` (the default) slows down only when slowing down helps. It counts
    attempts, 429s and successes per ``cooldown`` window. A window with more than ``threshold``
    429s starts a probe: the rate drops to just above what the server accepted (at most 80% of
    what was sent). If the next window's share of 429s halved, the server is capping us: the
    rate stays and grows by ``growth`` per clean window (a 429 window probes again). If not,
    the 429s were not caused by our rate (a server handing them out at random, a noisy
    neighbour): the old rate comes back and no probe runs for a quiet spell that doubles each
    time (from 20 windows). Accepted throughput alone cannot tell the two apart (a saturated
    server also accepts no more when sent more); the share of 429s can. Under random 429s
    the probe costs one slower window now and then; under a real limit the rate settles just
    below it, cutting 429s to a few per window.

    ``strategy="aimd"`` is the earlier additive-increase, multiplicative-decrease limiter. A 429 TOO_MANY_REQUESTS multiplies the rate by ``decrease`` (at most once per
    ``cooldown``, since a burst of 429s reports one overload); each success adds
    ``increase / rate`` requests per second, i.e. about ``increase`` per second of full-speed
    success. ``rate=None`` starts unlimited and, on the first 429, starts from the rate actually
    observed over the last ``cooldown`` seconds.

    The rate never falls below ``peak_floor`` times the highest rate reached (nor ``min_rate``):
    a client cannot tell 429s caused by its own rate from 429s a server hands out regardless
    (a noisy neighbour, a fault), and without a floor the latter would halve the rate every
    ``cooldown`` until a batch crawls. The retried request itself still waits the server's
    ``Retry-After`` (the retry layer); ``pause_on_retry_after=True`` also holds every other
    waiter for it.
    """

    rate: float | None = attrs.field(default=None, validator=_optional_positive)
    min_rate: float = attrs.field(default=0.5, validator=_positive)
    max_rate: float | None = attrs.field(default=None, validator=_optional_positive)
    increase: float = attrs.field(default=1.0, validator=_positive)
    decrease: float = attrs.field(default=0.5, validator=_factor)
    cooldown: float = attrs.field(default=1.0, validator=_positive)
    max_pause: float = attrs.field(default=60.0, validator=_positive)
    peak_floor: float = attrs.field(default=0.25, validator=_fraction)
    pause_on_retry_after: bool = False
    clock: Clock = SYSTEM_CLOCK
    strategy: Literal["probe", "aimd"] = attrs.field(
        default="probe", validator=attrs.validators.in_(("probe", "aimd"))
    )
    threshold: float = attrs.field(default=0.02, validator=_fraction)
    growth: float = attrs.field(default=0.05, validator=_positive)
    min_samples: int = attrs.field(default=30, validator=attrs.validators.ge(1))

    requests: int = attrs.field(default=0, init=False)
    successes: int = attrs.field(default=0, init=False)
    throttled: int = attrs.field(default=0, init=False)
    retries: int = attrs.field(default=0, init=False)
    decreases: int = attrs.field(default=0, init=False)
    _next_slot: float = attrs.field(default=-math.inf, init=False)
    _paused_until: float = attrs.field(default=-math.inf, init=False)
    _last_decrease: float = attrs.field(default=-math.inf, init=False)
    _recent: collections.deque[float] = attrs.field(factory=collections.deque, init=False)
    _started: float | None = attrs.field(default=None, init=False)
    _peak: float = attrs.field(default=0.0, init=False)
    _window: list[float] = attrs.field(factory=lambda: [-math.inf, 0, 0, 0], init=False)
    _probe: tuple[float | None, float] | None = attrs.field(default=None, init=False)
    _quiet_until: float = attrs.field(default=-math.inf, init=False)
    _quiet_windows: float = attrs.field(default=20.0, init=False)
    _generation: int = attrs.field(default=0, init=False)

    def __attrs_post_init__(self) -> None:
        if self.rate is not None:
            self.rate = self._clamp(self.rate)
            self._peak = self.rate

    async def acquire(self) -> None:
        """Wait for this request's slot; a cancellation point (cancelling returns at once)."""
        while True:
            now = self.clock.now()
            start = max(now, self._paused_until)
            if self.rate is not None:
                start = max(start, self._next_slot)
                self._next_slot = start + 1.0 / self.rate
            if start <= now:
                break
            if await self._wait_until(start):  # the rate changed meanwhile: book again
                continue
            if self.clock.now() >= self._paused_until:  # else a 429 paused us meanwhile
                break
        self.requests += 1
        if self.rate is None:  # only an unlimited start needs the observed rate
            now = self.clock.now()
            if self._started is None:
                self._started = now
            self._recent.append(now)
            self.observed_rate()  # prunes: memory stays bounded by one cooldown of requests

    async def _wait_until(self, start: float) -> bool:
        """Sleep until ``start``; True if a probe changed the rate meanwhile. The probing
        strategy wakes every ``_RECHECK`` seconds to look, so that a rate restored after a
        probe frees at once the waiters booked at the probe's lower rate."""
        if self.strategy == "aimd":
            await self.clock.sleep(start - self.clock.now())
            return False
        generation = self._generation
        while (wait := start - self.clock.now()) > 0:
            await self.clock.sleep(min(wait, _RECHECK))
            if self._generation != generation:
                return True
        return False

    def record(self, error: BaseException | None) -> None:
        """Feed back one attempt's outcome: ``None`` for a success, else its error."""
        if self.strategy == "probe":
            self._record_probe(error)
            return
        if error is None:
            self.successes += 1
            if self.rate is not None:
                self.rate = self._clamp(self.rate + self.increase / self.rate)
                self._peak = max(self._peak, self.rate)
            return
        if not is_transient_rate_limit(error):
            return
        assert isinstance(error, APIStatusError)
        self.throttled += 1
        now = self.clock.now()
        self._pause_for(error)
        if now - self._last_decrease < self.cooldown:
            return
        self._last_decrease = now
        self.decreases += 1
        base = self.rate if self.rate is not None else self.observed_rate()
        self._peak = max(self._peak, base)
        self.rate = self._clamp(max(base * self.decrease, self._peak * self.peak_floor))
        # Restart pacing from now at the new rate, not from slots booked at the old one.
        self._next_slot = min(self._next_slot, now + 1.0 / self.rate)

    def _pause_for(self, error: BaseException) -> None:
        """With ``pause_on_retry_after``, hold every waiter for a 429's ``Retry-After``."""
        if self.pause_on_retry_after and isinstance(error, APIStatusError):
            wait = parse_retry_after(error.headers, wall=self.clock.wall())
            if wait:
                until = self.clock.now() + min(wait, self.max_pause)
                self._paused_until = max(self._paused_until, until)

    def _record_probe(self, error: BaseException | None) -> None:
        now = self.clock.now()
        window = self._window  # [start, attempts, throttled, successes]
        if window[0] == -math.inf:
            window[0] = now
        window[1] += 1
        if error is None:
            self.successes += 1
            window[3] += 1
        elif is_transient_rate_limit(error):
            self.throttled += 1
            window[2] += 1
            self._pause_for(error)
        span = now - window[0]
        if span < self.cooldown or window[1] < self.min_samples:
            return
        sent, accepted, fraction = window[1] / span, window[3] / span, window[2] / window[1]
        self._window = [now, 0, 0, 0]
        self._judge(now, sent, accepted, fraction)

    def _judge(self, now: float, sent: float, accepted: float, fraction: float) -> None:
        """One closed window: settle a running probe, start one, or grow the rate."""
        if self._probe is not None:
            previous, fraction_before = self._probe
            self._probe = None
            if fraction <= 0.5 * fraction_before:
                self._quiet_windows = 20.0  # slowing down cost nothing: a real limit
            else:  # the 429s were not caused by our rate: undo, and probe less often
                self.rate = previous
                self._next_slot = -math.inf if previous is None else self._next_slot
                self._generation += 1
                self._quiet_until = now + self._quiet_windows * self.cooldown
                self._quiet_windows = min(self._quiet_windows * 2, 640.0)
            return
        if fraction > self.threshold:
            if now < self._quiet_until:
                return
            self._probe = (self.rate, fraction)
            self.decreases += 1
            self.rate = self._clamp(min(0.8 * sent, 1.05 * accepted))
            self._generation += 1
            self._next_slot = min(self._next_slot, now + 1.0 / self.rate)
        elif self.rate is not None:
            self.rate = self._clamp(self.rate * (1 + self.growth))

    def record_retry(self, event: object) -> None:
        """Count one retry (an ``on_retry`` hook)."""
        self.retries += 1

    def observed_rate(self) -> float:
        """Requests per second acquired over the last ``cooldown`` seconds."""
        horizon = self.clock.now() - self.cooldown
        while self._recent and self._recent[0] < horizon:
            self._recent.popleft()
        # Over the time actually covered: a burst in the first 50 ms is not a rate of n/s.
        started = self._started if self._started is not None else horizon
        covered = min(self.cooldown, max(self.clock.now() - started, _MIN_WINDOW))
        return len(self._recent) / covered

    def _clamp(self, rate: float) -> float:
        rate = max(rate, self.min_rate)
        return rate if self.max_rate is None else min(rate, self.max_rate)
