"""When and how long to wait before retrying a failed call; never a POST the server may have run."""

# Retry rules ("idempotent" = GET/HEAD/OPTIONS, or a request the SDK marks ``idempotent=True``:
# an upload's step 2, which re-sends the same bytes; every rule is subject to ``max_retries``
# and ``deadline``):
#
# | Failure                                                | GET (idempotent)          | POST (other)          |
# |--------------------------------------------------------|---------------------------|-----------------------|
# | 429 TOO_MANY_REQUESTS, or a 429 without a code         | retried                   | retried (nothing ran) |
# | 429 LIMITS_REACHED (plan limit)                        | if `retry_limits_reached` | same                  |
# | 429 `<SCOPE>_TOO_MANY_REQUESTS` (DISCORD_, SLACK_...)  | if `retry_scoped`         | same                  |
# | 429 with an unknown code                               | never                     | never                 |
# | connect error, connect timeout, pool timeout           | retried                   | retried (never sent)  |
# | read/write timeout, dropped connection, protocol error | retried                   | if `retry_unsafe`     |
# | 500, 502, 503, 504                                     | retried                   | if `retry_unsafe` (1) |
# | any other status (4xx, 501...); unsendable request (2) | never                     | never                 |
#
# (1) the server may have acted: no duplicate conversation, message or charge by default.
# The status decides the row; the body's ``code`` only refines a 429 (a ``500`` or ``400``
# whose body says ``TOO_MANY_REQUESTS`` follows the 5xx/4xx row).
# (2) unsupported URL scheme, header value h11 rejects: retrying cannot help.
#
# Delay before retry ``n`` (0-based): the server's ``retry-after-ms`` header, else its
# ``Retry-After`` (seconds, or an HTTP-date read against ``clock.wall()``), capped at
# ``max_delay`` and used as is; otherwise ``min(initial_delay * 2**n, max_delay)`` reduced by
# a random fraction of up to ``jitter`` (``delay * (1 - jitter * U[0, 1))``): the cap is never
# exceeded, and concurrent clients that failed together spread out.
#
# A ``deadline`` (seconds for the whole call, retries and sleeps included) is checked before
# each sleep: if the sleep would end past it, the last error is raised at once with
# ``give_up_reason`` saying so. :func:`send_with_retries` does not interrupt an attempt in
# flight; the client does (``AsyncChatBotKit(deadline=...)`` cancels the call when the budget
# runs out and raises :class:`APITimeoutError`).
#
# Why not tenacity/backoff/stamina: none reads the error ``code`` in the JSON body (to tell
# TOO_MANY_REQUESTS from LIMITS_REACHED and scoped codes), knows which failures a POST may be
# replayed after, parses ``retry-after-ms``/HTTP-date against an injectable clock, or lets the
# stream layer classify a stream that broke before its first event; the loop itself is small.

from __future__ import annotations

import math
import random
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import timezone
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import attrs
import httpx

from ._check import count, number, text, wrong_type
from ._clock import SYSTEM_CLOCK, Clock
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
)
from ._logging import logger

__all__ = [
    "IDEMPOTENT_METHODS",
    "RetryDecision",
    "RetryEvent",
    "RetryPolicy",
    "compute_delay",
    "is_transient_rate_limit",
    "parse_retry_after",
    "retry_decision",
    "send_with_retries",
]

T = TypeVar("T")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
"""Methods retried after failures where the server may already have acted."""

_RETRYABLE_5XX = frozenset({500, 502, 503, 504})


def _to_scopes(value: bool | Iterable[str]) -> bool | frozenset[str]:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise wrong_type("retry_scoped", "a bool or a set of scope names", value)
    return frozenset(text(item, "retry_scoped").upper() for item in value)


def _non_negative(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    number(value, attribute.name)


def _fraction(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    number(value, attribute.name, high=1.0)


def _retries(instance: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None or attribute.name == "max_retries":
        count(value, attribute.name)  # type: ignore[arg-type]


@attrs.frozen
class RetryPolicy:
    """How a client retries; see the rules at the top of this module.

    ``retry_scoped`` enables retrying scoped rate limits (``DISCORD_TOO_MANY_REQUESTS``...):
    True for all scopes, or a set naming scopes (``{"DISCORD"}``) or whole codes.
    Use ``RetryPolicy(max_retries=0)`` to disable retries, ``attrs.evolve`` to derive one.
    """

    max_retries: int = attrs.field(default=2, validator=_retries)
    initial_delay: float = attrs.field(default=0.5, validator=_non_negative)
    max_delay: float = attrs.field(default=8.0, validator=_non_negative)
    jitter: float = attrs.field(default=0.25, validator=_fraction)
    retry_scoped: bool | frozenset[str] = attrs.field(default=False, converter=_to_scopes)
    retry_limits_reached: bool = False
    retry_unsafe: bool = False
    rate_limit_retries: int | None = attrs.field(default=None, validator=_retries)
    """Retries of a 429 TOO_MANY_REQUESTS counted apart from ``max_retries`` (None: not apart);
    a batch sets it very high so only its per-item deadline ends a rate-limited item."""

    def evolve(
        self,
        *,
        max_retries: int | None = None,
        initial_delay: float | None = None,
        max_delay: float | None = None,
        jitter: float | None = None,
    ) -> RetryPolicy:
        """This policy with the given (non-None) fields changed; the client's option helper."""
        changes = {
            "max_retries": max_retries,
            "initial_delay": initial_delay,
            "max_delay": max_delay,
            "jitter": jitter,
        }
        given: dict[str, Any] = {
            name: value for name, value in changes.items() if value is not None
        }
        return attrs.evolve(self, **given) if given else self

    def allows_scope(self, scope: str, code: str | None) -> bool:
        """Whether scoped rate limits of ``scope`` (whole code ``code``) may be retried."""
        if isinstance(self.retry_scoped, bool):
            return self.retry_scoped
        return scope.upper() in self.retry_scoped or (code or "").upper() in self.retry_scoped


@attrs.frozen
class RetryDecision:
    """Whether to retry, and a short human reason (logged; truthy when retrying)."""

    retry: bool
    reason: str

    def __bool__(self) -> bool:
        return self.retry


@attrs.frozen
class RetryEvent:
    """Passed to the ``on_retry`` hook just before the backoff sleep.

    ``attempt`` is the 1-based number of the attempt that failed; ``url`` has no secrets.
    """

    attempt: int
    delay: float
    reason: str
    method: str
    url: str | None
    error: Exception


def _label(exc: Exception) -> str:
    if isinstance(exc, APIStatusError):
        return f"{exc.status_code} {exc.code or exc.response.reason_phrase}".rstrip()
    if isinstance(exc, APIConnectionError) and exc.__cause__ is not None:
        return type(exc.__cause__).__name__
    return type(exc).__name__


def retry_decision(
    exc: Exception, method: str, policy: RetryPolicy, *, idempotent: bool | None = None
) -> RetryDecision:
    """Apply the rules table to one failed attempt (``max_retries``/deadline not considered).

    ``idempotent`` overrides the method-based guess (e.g. True for a read-only POST).
    """
    method = method.upper()
    safe = idempotent if idempotent is not None else method in IDEMPOTENT_METHODS
    label = _label(exc)
    unsafe_note = f"{method} is not idempotent (retry_unsafe=False)"

    if isinstance(exc, APIStatusError):
        # The status says whether the server may have acted; the code only refines a 429.
        if exc.status_code == 429:
            base = exc.base_code or "TOO_MANY_REQUESTS"
            if base == "LIMITS_REACHED" and not policy.retry_limits_reached:
                return RetryDecision(False, f"{label}: plan limit (retry_limits_reached=False)")
            if base not in ("TOO_MANY_REQUESTS", "LIMITS_REACHED"):
                return RetryDecision(False, f"{label}: unknown rate-limit code")
            if exc.scope and not policy.allows_scope(exc.scope, exc.code):
                return RetryDecision(False, f"{label}: scoped rate limit (retry_scoped)")
            return RetryDecision(True, f"{label}: rate limited")
        if exc.status_code in _RETRYABLE_5XX:
            if safe or policy.retry_unsafe:
                return RetryDecision(True, f"{label}: server error")
            return RetryDecision(False, f"{label}: server may have acted; {unsafe_note}")
        return RetryDecision(False, f"{label}: not retryable")

    if isinstance(exc, APIConnectionError):
        if not exc.may_have_reached_server:
            if exc.phase in ("connect", "pool"):
                return RetryDecision(True, f"{label}: request not sent ({exc.phase})")
            return RetryDecision(False, f"{label}: request could not be sent")
        if safe or policy.retry_unsafe:
            return RetryDecision(True, f"{label}: connection failed ({exc.phase or 'unknown'})")
        return RetryDecision(False, f"{label}: request may have reached the server; {unsafe_note}")

    return RetryDecision(False, f"{label}: not an API error")


def is_transient_rate_limit(error: BaseException | None) -> bool:
    """A 429 that reports load (TOO_MANY_REQUESTS or no code), not a plan or scoped limit.

    LIMITS_REACHED does not get better by sending slower, and a scoped code
    (DISCORD_TOO_MANY_REQUESTS...) is a third party's limit on one integration.
    """
    if not isinstance(error, APIStatusError) or error.status_code != 429:
        return False
    return error.scope is None and error.base_code in (None, "TOO_MANY_REQUESTS")


def parse_retry_after(headers: Mapping[str, str], *, wall: float) -> float | None:
    """Seconds the server asks us to wait, from ``retry-after-ms`` or ``Retry-After``.

        ``Retry-After`` may be seconds (float accepted) or an HTTP-date, read relative to
        ``wall`` (epoch seconds). Returns None when absent, unparseable or negative (a bogus
    ``-5`` must not turn backoff into back-to-back retries); a past date gives 0.
    """
    if not isinstance(headers, httpx.Headers):
        headers = httpx.Headers(headers)
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        seconds = _parse_seconds(raw_ms)
        if seconds is not None:
            return seconds / 1000
    raw = headers.get("retry-after")
    if raw is None:
        return None
    seconds = _parse_seconds(raw)
    if seconds is not None:
        return seconds
    try:
        when = parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:  # "-0000" or no zone: HTTP-dates are always UTC
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - wall)


def _parse_seconds(raw: str) -> float | None:
    try:
        value = float(raw.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None  # negative: absent


def compute_delay(
    attempt: int,
    exc: Exception,
    policy: RetryPolicy,
    clock: Clock = SYSTEM_CLOCK,
    rng: Callable[[], float] = random.random,
) -> float:
    """Seconds to sleep before retry ``attempt`` (0-based) after ``exc``.

    A server-given ``retry-after-ms``/``Retry-After`` wins (capped at ``max_delay``, no
    jitter); else exponential backoff with proportional jitter (see the notes at the top of this module).
    ``rng`` returns floats in [0, 1); inject a seeded one for deterministic tests.
    """
    if isinstance(exc, APIStatusError):
        server = parse_retry_after(exc.headers, wall=clock.wall())
        if server is not None:
            return min(server, policy.max_delay)
    base = min(policy.initial_delay * 2.0 ** min(attempt, 64), policy.max_delay)
    return base * (1.0 - policy.jitter * rng())


Classifier = Callable[[Exception, str, RetryPolicy], RetryDecision]
"""``(exc, method, policy) -> RetryDecision``; the default is :func:`retry_decision`."""


async def send_with_retries(
    attempt: Callable[[int], Awaitable[T]],
    *,
    method: str,
    policy: RetryPolicy,
    clock: Clock = SYSTEM_CLOCK,
    deadline: float | None = None,
    on_retry: Callable[[RetryEvent], None] | None = None,
    idempotent: bool | None = None,
    classify: Classifier | None = None,
    rng: Callable[[], float] = random.random,
) -> T:
    """Call ``attempt(0)``, ``attempt(1)``... until one returns, following ``policy``.

    ``attempt(n)`` performs one HTTP attempt and returns its result, or raises an
    :class:`APIStatusError` / :class:`APIConnectionError` (map httpx errors with
    ``make_status_error`` / ``error_from_transport``); it must release its connection
    (close the response) before raising. Other exceptions propagate at once unless a custom
    ``classify`` says otherwise (the stream layer may use this for a stream that broke before
    its first event). ``deadline`` is a budget in seconds from now for the whole call.

    On giving up, the last error is re-raised unchanged in type, with ``attempts`` set to the
    number of attempts made and, when it was retryable, ``give_up_reason`` set.
    Each retry is logged at INFO on the ``chatbotkit`` logger (never with headers) and passed
    to ``on_retry``. Cancellation during the backoff sleep propagates immediately.
    """
    end = None if deadline is None else clock.now() + deadline
    number = limited = 0  # attempts so far; retries of 429s counted apart (rate_limit_retries)
    while True:
        try:
            return await attempt(number)
        except Exception as exc:
            made = number + 1
            if isinstance(exc, APIError):
                exc.attempts = made
            method = method.upper()
            if classify is not None:
                decision = classify(exc, method, policy)
            else:
                decision = retry_decision(exc, method, policy, idempotent=idempotent)
            url = exc.url if isinstance(exc, APIError) else None
            where = url or "(no URL)"
            if not decision:
                logger.debug("Not retrying %s %s: %s", method, where, decision.reason)
                raise
            give_up = None
            delay = 0.0
            apart = policy.rate_limit_retries is not None and is_transient_rate_limit(exc)
            if apart:
                cap, used, label = policy.rate_limit_retries or 0, limited, "rate_limit_retries"
            else:
                cap, used, label = policy.max_retries, number - limited, "max_retries"
            if used >= cap:
                if cap:
                    give_up = f"{label}={cap} reached"
            else:
                delay = compute_delay(number, exc, policy, clock, rng)
                if end is not None and clock.now() + delay > end:
                    give_up = f"retrying in {delay:.2f}s would pass the {deadline:g}s deadline"
            if give_up is not None or used >= cap:
                if isinstance(exc, APIError):
                    exc.give_up_reason = give_up
                logger.debug(
                    "Giving up on %s %s after %d attempt(s) (%s): %s",
                    method,
                    where,
                    made,
                    decision.reason,
                    give_up,
                )
                raise
            logger.info(
                "Retrying %s %s in %.2fs (attempt %d of %d failed: %s)",
                method,
                where,
                delay,
                made,
                cap + 1,
                decision.reason,
            )
            limited += apart
            if on_retry is not None:
                on_retry(RetryEvent(made, delay, decision.reason, method, url, exc))
        # Sleep outside the ``except`` block so the next failure is not chained to this one.
        await clock.sleep(delay)
        number += 1
