"""A client-side adaptive rate limit shared by every request of a batch, so 429s stay rare."""

from __future__ import annotations

import collections
import math
from typing import Any, Literal

import attrs

from ._check import count, wrong_type
from ._clock import SYSTEM_CLOCK, Clock
from ._exceptions import APIStatusError, InvalidParameterError
from ._retry import is_transient_rate_limit, parse_retry_after

__all__ = ["AdaptiveRateLimiter", "is_transient_rate_limit"]

_RECHECK = 0.05
"""Longest sleep of a probing limiter's waiter before it looks whether the rate changed."""

_PROBE_SPAN = 0.25
"""A probe window lasts this share of ``cooldown`` (and ``min_samples`` attempts)."""

_PROBE_DEPTH = 0.75
"""A probe sends at this share of the rate the server accepted in the window that started it."""

_SETTLE_DEPTH = 0.95
"""Under a limit already found, the rate after a window of 429s: this share of what passed."""

_SETTLE_TRIES = 3
"""Lowerings in a row, near a limit already found, before 429s count as not ours after all."""

_MIN_WINDOW = 0.01
"""Shortest span an observed rate is measured over (seconds), so one instant is not infinite."""


def _finite(value: float, attribute: attrs.Attribute[Any]) -> float:
    """``value`` if a finite number (not a bool); the typed error naming the field if not."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise wrong_type(attribute.name, "a number", value)
    if not math.isfinite(value):
        raise InvalidParameterError(
            f"{attribute.name} must be a finite number, got {value!r}", parameter=attribute.name
        )
    return value


def _positive(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if _finite(value, attribute) <= 0:
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
    if not 0 <= _finite(value, attribute) < 1:
        raise InvalidParameterError(
            f"{attribute.name} must be in [0, 1), got {value!r}", parameter=attribute.name
        )


def _factor(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0 < _finite(value, attribute) < 1:
        raise InvalidParameterError(
            f"{attribute.name} must be between 0 and 1 (exclusive), got {value!r}",
            parameter=attribute.name,
        )


def _samples(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    count(value, attribute.name, minimum=1)


def _strategy(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in ("probe", "aimd"):
        raise InvalidParameterError(
            f"strategy must be 'probe' or 'aimd', got {value!r}", parameter="strategy"
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
    attempts, 429s and successes per window (``cooldown`` seconds and ``min_samples``
    attempts; a quarter of the time when most attempts are throttled). A window with more
    than ``threshold`` 429s starts a probe: the rate drops to 75% of what the server
    accepted, and only attempts sent at the new rate count (:meth:`acquire`'s ticket), from
    when the last one sent before it is back. If the share of 429s halves, by a drop chance
    would rarely show (binomial, p < 1%), the server is capping us: the limiter stays below
    the limit, grows the rate by ``growth`` per ``cooldown`` while the rate binds, and after
    a window with 429s lowers it to 95% of what passed (429s a slower rate did not remove,
    a fault on top of a limit, are tolerated). If the probe does not help, the 429s were not
    caused by our rate (a server handing them out at random, a noisy neighbour): the old
    rate comes back and no probe runs for a quiet spell that doubles each time (from 20
    windows). Accepted throughput alone cannot tell the two apart (a saturated server also
    accepts no more when sent more); the share of 429s can. Measured (``make bench``, S8;
    ``tests/_ratesim.py`` in virtual time): as fast as no limiter under random 429s, and
    under a token bucket a few percent of the 429s.

    ``strategy="aimd"`` is the earlier additive-increase, multiplicative-decrease limiter.
    A 429 TOO_MANY_REQUESTS multiplies the rate by ``decrease`` (at most once per
    ``cooldown``, since a burst of 429s reports one overload); each success adds
    ``increase / rate`` requests per second, i.e. about ``increase`` per second of full-speed
    success. ``rate=None`` starts unlimited and, on the first 429, starts from the rate actually
    observed over the last ``cooldown`` seconds.

    With ``aimd`` the rate never falls below ``peak_floor`` times the highest rate reached
    (nor ``min_rate``, which bounds both strategies): it cannot tell 429s caused by its own
    rate from 429s a server hands out regardless, and without a floor the latter would halve
    the rate every ``cooldown`` until a batch crawls. The retried request itself still waits the server's
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
    strategy: Literal["probe", "aimd"] = attrs.field(default="probe", validator=_strategy)
    threshold: float = attrs.field(default=0.02, validator=_fraction)
    growth: float = attrs.field(default=0.05, validator=_positive)
    min_samples: int = attrs.field(default=30, validator=_samples)

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
    _probe: tuple[float, int, int] | None = attrs.field(default=None, init=False)
    """A running probe: the share of 429s before it, lowerings so far, attempts to judge by."""
    _limited: bool = attrs.field(default=False, init=False)
    _confirming: bool = attrs.field(default=False, init=False)
    """A first probe helped: one more window at its rate must agree before a limit is believed
    (one window of random 429s can look like a drop: 8 of 57 throttled against 32% before)."""
    _baseline: float | None = attrs.field(default=None, init=False)
    _floor: float | None = attrs.field(default=None, init=False)
    """Under a limit: the share of 429s left at lowered rates (a running mean), the part a
    slower rate does not remove."""
    _quiet_until: float = attrs.field(default=-math.inf, init=False)
    _quiet_windows: float = attrs.field(default=20.0, init=False)
    _generation: int = attrs.field(default=0, init=False)
    _epoch: int = attrs.field(default=0, init=False)
    """Tickets: an attempt counts in the current window only if it got this epoch's ticket."""
    _rate_epoch: int = attrs.field(default=0, init=False)

    def __attrs_post_init__(self) -> None:
        if self.rate is not None:
            self.rate = self._clamp(self.rate)
            self._peak = self.rate

    async def acquire(self) -> int:
        """Wait for this request's slot; a cancellation point (cancelling returns at once).

        Returns a ticket naming the rate the slot was taken at, for :meth:`record`."""
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
        return self._epoch

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

    def record(self, error: BaseException | None, ticket: int | None = None) -> None:
        """Feed back one attempt's outcome: ``None`` for a success, else its error.

        ``ticket`` is what :meth:`acquire` returned: an attempt sent before the rate last
        changed says nothing about the new rate, so the probing strategy does not count it."""
        if self.strategy == "probe":
            self._record_probe(error, ticket)
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

    def _record_probe(self, error: BaseException | None, ticket: int | None) -> None:
        now = self.clock.now()
        window = self._window  # [start, attempts, throttled, successes]
        if window[0] == -math.inf:
            window[0] = now
        if ticket is not None and ticket < self._rate_epoch and self._probe is not None:
            # Sent before the probe lowered the rate: until the last of those is back, they
            # spend the server's budget too, so the probe's window starts over.
            self._epoch += 1
            window[:] = [now, 0, 0, 0]
        counts = ticket is None or ticket == self._epoch
        window[1] += counts
        if error is None:
            self.successes += 1
            window[3] += counts
        elif is_transient_rate_limit(error):
            self.throttled += 1
            window[2] += counts
            self._pause_for(error)
        span = now - window[0]
        if self._window_closes(span, int(window[1]), int(window[2])):
            self._window = [now, 0, 0, 0]
            self._judge(now, span, int(window[1]), int(window[2]), window[3] / span)

    def _window_closes(self, span: float, sent: int, throttled: int) -> bool:
        """Enough seen to judge: ``cooldown`` and ``min_samples`` (a probe: the attempts it
        needs, a quarter of the time), sooner when most attempts are throttled, at once when
        a first probe already has significantly more 429s than a helping one would see."""
        probe = self._probe
        if (
            probe is not None
            and not self._limited
            and sent >= self.min_samples
            and 1 - _binom_cdf(throttled - 1, sent, probe[0] / 2) < 0.01
        ):
            return True  # under random 429s a probe only costs speed: end it early
        if sent < (probe[2] if probe else self.min_samples):
            return False
        short = probe is not None or throttled > sent / 2
        return span >= self.cooldown * (_PROBE_SPAN if short else 1.0)

    def _judge(self, now: float, span: float, sent: int, throttled: int, accepted: float) -> None:
        """One closed window: settle a running probe, start one, or grow the rate."""
        fraction = throttled / sent
        if self._limited and self._probe is not None:  # sent below the limit: 429s left
            self._floor = fraction if self._floor is None else (self._floor + fraction) / 2
        # 429s a slower rate does not remove (a fault on top of a limit) are not "dirty".
        floor = self._floor or 0.0
        if floor <= self.threshold:
            dirty = fraction > self.threshold
        else:  # 429s a slower rate does not remove: dirty only if significantly more
            dirty = 1 - _binom_cdf(throttled - 1, sent, floor) < 0.05
        passed = accepted / (1 - min(floor, 0.9))  # what the limit let through
        if self._probe is not None:
            before, tries, probe_samples = self._probe
            self._probe = None
            if self._limited:  # near a limit already found: did lowering the rate help?
                helped = lower = fraction <= 0.5 * before or not dirty
            else:  # a first probe: only a drop random 429s would rarely show counts
                lower = _binom_cdf(throttled, sent, before) < 0.01
                helped = lower and fraction <= 0.5 * before
            if helped and not self._limited and not self._confirming:
                self._confirming = True  # a second window at this rate, fresh attempts
                self._probe = (before, tries, probe_samples)
                return
            self._confirming = False
            if helped:
                if not self._limited:
                    self._floor = None
                self._limited = True  # a real limit
                self._quiet_windows = 20.0
                return
            if (self._limited or lower) and tries < _SETTLE_TRIES:  # still above it: lower again
                self._probe = (before, tries + 1, probe_samples)
                self._set_rate(self._clamp(_SETTLE_DEPTH * min(passed, sent / span)), now)
                return
            # The 429s were not caused by our rate: back to full speed, probe less often.
            self._limited = False
            self._set_rate(self._baseline, now)
            self._quiet_until = now + self._quiet_windows * self.cooldown
            self._quiet_windows = min(self._quiet_windows * 2, 640.0)
            return
        if dirty:
            if not self._limited:
                if now < self._quiet_until:
                    return
                self._baseline = self.rate
            # Attempts enough that a probe's drop can be told from chance.
            samples = max(self.min_samples, min(math.ceil(18 / fraction), 10 * self.min_samples))
            self._probe = (fraction, 1, samples)
            self.decreases += 1
            depth = _SETTLE_DEPTH if self._limited else _PROBE_DEPTH
            self._set_rate(self._clamp(depth * passed), now)
        elif self.rate is not None and sent / span >= 0.8 * self.rate:  # grow a rate that binds
            self.rate = self._clamp(self.rate * (1 + self.growth) ** (span / self.cooldown))

    def _set_rate(self, rate: float | None, now: float) -> None:
        """Change the rate at once, waking waiters booked at the old one (they book again)."""
        self.rate = rate
        self._generation += 1
        self._epoch += 1
        self._rate_epoch = self._epoch
        self._next_slot = -math.inf if rate is None else min(self._next_slot, now + 1.0 / rate)

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


def _binom_cdf(k: int, n: int, p: float) -> float:
    """P(X <= k) for X ~ Binomial(n, p): how likely ``k`` or fewer 429s of ``n`` are by chance.

    Summed in log space: ``(1 - p) ** n`` alone underflows to 0 for a window of a few hundred
    attempts, which would make every drop look significant."""
    if k < 0:
        return 0.0
    if k >= n or p <= 0:
        return 1.0
    if p >= 1:
        return 0.0
    log_term = n * math.log1p(-p)  # log P(X = 0)
    odds = math.log(p) - math.log1p(-p)
    logs = [log_term]
    for i in range(k):
        log_term += math.log((n - i) / (i + 1)) + odds
        logs.append(log_term)
    top = max(logs)
    return min(1.0, math.exp(top) * math.fsum(math.exp(x - top) for x in logs))
