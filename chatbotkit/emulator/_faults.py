"""Fault injection rules, a seeded decision engine and the emulator's counters.

A rule targets requests by operationId or path glob and fires for a fraction of
them (seeded RNG, so runs are reproducible) and/or for a burst of the next N.
A ``token_bucket`` rule is a real rate limit instead: each API token gets a bucket of
``capacity`` requests refilled at ``refill`` per second, and a request finding it empty
gets 429 TOO_MANY_REQUESTS with the true time until the next token in ``Retry-After``.
Request faults answer instead of the handler (429/500 bodies or a connection
reset); stream faults alter a JSONL body (cut mid-line, malformed line, reset
mid-stream, or a delay between lines).
"""

from __future__ import annotations

import fnmatch
import math
import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Literal

import attrs

FaultKind = Literal[
    "rate_limit",  # 429 TOO_MANY_REQUESTS (+ Retry-After), at random
    "token_bucket",  # 429 TOO_MANY_REQUESTS (+ true Retry-After) above a per-token rate
    "limits_reached",  # 429 LIMITS_REACHED
    "scoped_rate_limit",  # 429 <SCOPE>_TOO_MANY_REQUESTS (+ Retry-After)
    "server_error",  # 500 INTERNAL_SERVER_ERROR
    "error",  # any status/code
    "reset",  # close the connection without a response
    "cut",  # stream: send part of a line, then end the body
    "malformed",  # stream: insert a line that is not JSON
    "stream_reset",  # stream: close the connection mid-body
    "slow",  # stream: sleep ``delay`` seconds before each line
]
REQUEST_KINDS = frozenset(
    {
        "rate_limit",
        "token_bucket",
        "limits_reached",
        "scoped_rate_limit",
        "server_error",
        "error",
        "reset",
    }
)
STREAM_KINDS = frozenset({"cut", "malformed", "stream_reset"})
_KINDS = REQUEST_KINDS | STREAM_KINDS | {"slow"}
_OPTIONS: dict[str, Callable[[str], object]] = {
    **dict.fromkeys(("rate", "retry_after", "delay", "capacity", "refill"), float),
    **dict.fromkeys(("count", "status", "after"), int),
    **dict.fromkeys(("route", "code", "message", "scope"), str),
}
"""``FaultRule.parse``'s options and how each value converts."""


class FaultError(ValueError):
    """A fault rule that cannot be used; says which and why (a ``ValueError`` too)."""


@attrs.define(frozen=True)
class FaultRule:
    """One fault: what to inject, on which routes, how often.

    ``route`` is an operationId or a glob over the request path (``/bot/*``; the
    ``/v1`` prefix is optional) or the path template; ``*`` matches everything.
    ``rate`` is the probability per matching request; ``count`` caps the number of
    injections (``count=3, rate=1`` is a burst of the next three requests).
    ``after`` is the number of complete JSONL lines sent before a stream fault.
    """

    kind: FaultKind
    route: str = "*"
    rate: float = 1.0
    count: int | None = None
    status: int | None = None
    code: str | None = None
    message: str | None = None
    retry_after: float | None = None
    scope: str | None = None
    after: int = 1
    delay: float = 0.05
    capacity: float = 10.0
    refill: float = 10.0

    def __attrs_post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise FaultError(f"unknown fault kind {self.kind!r} (one of {', '.join(_KINDS)})")
        if not (self.capacity >= 1 and self.refill > 0):
            raise FaultError("token_bucket needs capacity >= 1 and refill > 0")
        if not 0.0 <= self.rate <= 1.0:
            raise FaultError("rate must be within [0, 1]")

    # -- constructors -------------------------------------------------------------

    @classmethod
    def rate_limit(
        cls,
        route: str = "*",
        *,
        rate: float = 1.0,
        count: int | None = None,
        retry_after: float = 1,
    ) -> FaultRule:
        """429 ``TOO_MANY_REQUESTS`` with a ``Retry-After`` header (seconds)."""
        return cls("rate_limit", route, rate, count, retry_after=retry_after)

    @classmethod
    def token_bucket(
        cls, route: str = "*", *, capacity: float = 10, refill: float = 10
    ) -> FaultRule:
        """A real limit per API token: ``capacity`` burst, ``refill`` requests/s sustained;
        above it 429 ``TOO_MANY_REQUESTS`` with the true wait in ``Retry-After``."""
        return cls("token_bucket", route, capacity=capacity, refill=refill)

    @classmethod
    def limits_reached(
        cls, route: str = "*", *, rate: float = 1.0, count: int | None = None
    ) -> FaultRule:
        """429 ``LIMITS_REACHED`` (plan limits: retrying does not help)."""
        return cls("limits_reached", route, rate, count)

    @classmethod
    def scoped_rate_limit(
        cls,
        scope: str = "DISCORD",
        route: str = "*",
        *,
        rate: float = 1.0,
        count: int | None = None,
        retry_after: float = 1,
    ) -> FaultRule:
        """429 ``<SCOPE>_TOO_MANY_REQUESTS``, e.g. ``DISCORD_TOO_MANY_REQUESTS``."""
        return cls("scoped_rate_limit", route, rate, count, retry_after=retry_after, scope=scope)

    @classmethod
    def server_error(
        cls, route: str = "*", *, rate: float = 1.0, count: int | None = None
    ) -> FaultRule:
        """500 ``INTERNAL_SERVER_ERROR``."""
        return cls("server_error", route, rate, count)

    @classmethod
    def error(
        cls,
        status: int,
        code: str,
        route: str = "*",
        *,
        rate: float = 1.0,
        count: int | None = None,
        retry_after: float | None = None,
        message: str | None = None,
    ) -> FaultRule:
        """Any error status and code."""
        return cls(
            "error",
            route,
            rate,
            count,
            status=status,
            code=code,
            retry_after=retry_after,
            message=message,
        )

    @classmethod
    def reset(cls, route: str = "*", *, rate: float = 1.0, count: int | None = None) -> FaultRule:
        """Close the connection before any response is sent."""
        return cls("reset", route, rate, count)

    @classmethod
    def cut_stream(
        cls, route: str = "*", *, after: int = 1, rate: float = 1.0, count: int | None = None
    ) -> FaultRule:
        """After ``after`` lines send half of the next line, then end the body."""
        return cls("cut", route, rate, count, after=after)

    @classmethod
    def malformed_line(
        cls, route: str = "*", *, after: int = 1, rate: float = 1.0, count: int | None = None
    ) -> FaultRule:
        """After ``after`` lines insert one line that is not valid JSON."""
        return cls("malformed", route, rate, count, after=after)

    @classmethod
    def stream_reset(
        cls, route: str = "*", *, after: int = 1, rate: float = 1.0, count: int | None = None
    ) -> FaultRule:
        """After ``after`` lines drop the connection without finishing the body."""
        return cls("stream_reset", route, rate, count, after=after)

    @classmethod
    def slow_stream(
        cls, delay: float = 0.05, route: str = "*", *, rate: float = 1.0, count: int | None = None
    ) -> FaultRule:
        """Sleep ``delay`` seconds before each streamed line."""
        return cls("slow", route, rate, count, delay=delay)

    @classmethod
    def parse(cls, text: str) -> FaultRule:
        """Parse ``kind[:key=value,...]`` (CLI and env syntax).

        Example: ``rate_limit:route=createBot,rate=0.5,retry_after=2``.
        """
        kind, _, rest = text.strip().partition(":")
        fields: dict[str, object] = {}
        for item in filter(None, (p.strip() for p in rest.split(","))):
            key, sep, value = item.partition("=")
            if not sep:
                raise FaultError(f"bad fault option {item!r} in {text!r} (want key=value)")
            key = key.strip()
            convert = _OPTIONS.get(key)
            if convert is None:
                raise FaultError(f"unknown fault option {key!r} in {text!r}")
            try:
                fields[key] = convert(value)
            except ValueError:
                raise FaultError(f"fault option {key!r} in {text!r}: not a number") from None
        if kind in ("rate_limit", "scoped_rate_limit") and "retry_after" not in fields:
            fields["retry_after"] = 1.0
        return cls(kind.strip(), **fields)  # type: ignore[arg-type]

    # -- behaviour ----------------------------------------------------------------

    def matches(self, operation_id: str, path: str, template: str) -> bool:
        """Whether this rule targets a request."""
        pattern = self.route
        if pattern in ("*", "", operation_id):
            return True
        candidates = (path, "/v1" + path, template, "/v1" + template)
        return any(fnmatch.fnmatchcase(c, pattern) for c in candidates) or fnmatch.fnmatchcase(
            operation_id, pattern
        )

    def error_status(self) -> int:
        if self.status is not None:
            return self.status
        return 500 if self.kind == "server_error" else 429

    def error_code(self) -> str:
        if self.code is not None:
            return self.code
        if self.kind == "limits_reached":
            return "LIMITS_REACHED"
        if self.kind == "scoped_rate_limit":
            return f"{(self.scope or 'DISCORD').upper()}_TOO_MANY_REQUESTS"
        if self.kind == "server_error":
            return "INTERNAL_SERVER_ERROR"
        return "TOO_MANY_REQUESTS"

    def retry_after_headers(self) -> dict[str, str]:
        """``Retry-After`` (whole seconds, as HTTP defines it) and the exact ``retry-after-ms``."""
        if self.retry_after is None:
            return {}
        return {
            "Retry-After": str(max(0, math.ceil(self.retry_after))),
            "retry-after-ms": str(max(0, math.ceil(self.retry_after * 1000 - 1e-6))),
        }


@attrs.define(eq=False)
class Stats:
    """Counters a test can assert on: traffic, faults and what is open right now."""

    requests: int = 0
    by_route: Counter[str] = attrs.field(factory=Counter)
    by_status: Counter[int] = attrs.field(factory=Counter)
    faults: Counter[str] = attrs.field(factory=Counter)
    faults_by_route: Counter[str] = attrs.field(factory=Counter)
    open_requests: int = 0
    open_streams: int = 0
    peak_open_streams: int = 0
    streams_started: int = 0

    @property
    def faults_injected(self) -> int:
        return sum(self.faults.values())

    def clear(self) -> None:
        """Zero the cumulative counters (open request/stream gauges are kept)."""
        self.requests = 0
        self.by_route.clear()
        self.by_status.clear()
        self.faults.clear()
        self.faults_by_route.clear()
        self.streams_started = 0
        self.peak_open_streams = self.open_streams


class Faults:
    """The live rule set: ``set``/``add``/``clear`` rules, decisions are seeded."""

    def __init__(
        self,
        rules: Iterable[FaultRule] = (),
        seed: int = 0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = list(rules)
        self._used: dict[int, int] = {}
        self._buckets: dict[tuple[int, str], tuple[float, float]] = {}  # -> (tokens, at)
        self._clock = clock
        self._rng = random.Random(seed)
        self._seed = seed

    @property
    def rules(self) -> tuple[FaultRule, ...]:
        return tuple(self._rules)

    def set(self, *rules: FaultRule) -> None:
        """Replace every rule (and their burst counters)."""
        with self._lock:
            self._rules = list(rules)
            self._used = {}
            self._buckets = {}

    def add(self, rule: FaultRule) -> None:
        with self._lock:
            self._rules.append(rule)

    def clear(self) -> None:
        self.set()

    def reseed(self, seed: int | None = None) -> None:
        with self._lock:
            self._rng = random.Random(self._seed if seed is None else seed)

    def remaining(self, rule: FaultRule) -> int | None:
        """Injections left for a ``count``-limited rule (``None`` if unlimited)."""
        for index, candidate in enumerate(self._rules):
            if candidate is rule and rule.count is not None:
                return rule.count - self._used.get(index, 0)
        return None

    def pick(
        self,
        kinds: frozenset[str],
        operation_id: str,
        path: str,
        template: str,
        who: str = "",
    ) -> FaultRule | None:
        """Decide (and consume) the first rule of ``kinds`` firing for this request.

        ``who`` keys token buckets (the request's API token); a throttled request gets the
        rule with ``retry_after`` set to the time until its bucket has a token again.
        """
        with self._lock:
            for index, rule in enumerate(self._rules):
                if rule.kind not in kinds or not rule.matches(operation_id, path, template):
                    continue
                if rule.kind == "token_bucket":
                    wait = self._take(index, who, rule)
                    if wait is None:
                        continue
                    return attrs.evolve(rule, retry_after=wait)
                used = self._used.get(index, 0)
                if rule.count is not None and used >= rule.count:
                    continue
                if rule.rate < 1.0 and self._rng.random() >= rule.rate:
                    continue
                self._used[index] = used + 1
                return rule
        return None

    def _take(self, index: int, who: str, rule: FaultRule) -> float | None:
        """Take one token from ``who``'s bucket: None if there was one, else seconds to wait."""
        now = self._clock()
        tokens, at = self._buckets.get((index, who), (rule.capacity, now))
        tokens = min(rule.capacity, tokens + (now - at) * rule.refill)
        if tokens >= 1:
            self._buckets[index, who] = (tokens - 1, now)
            return None
        self._buckets[index, who] = (tokens, now)
        return (1 - tokens) / rule.refill
