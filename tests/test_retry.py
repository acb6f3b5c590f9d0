from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable
from datetime import datetime, timezone
from email.utils import format_datetime

import anyio
import attrs
import httpx
import pytest

from chatbotkit._clock import SYSTEM_CLOCK, FakeClock, SystemClock
from chatbotkit._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InternalServerError,
    LimitsReachedError,
    TooManyRequestsError,
    error_from_transport,
    make_status_error,
)
from chatbotkit._retry import (
    RetryDecision,
    RetryEvent,
    RetryPolicy,
    compute_delay,
    parse_retry_after,
    retry_decision,
    send_with_retries,
)

TOKEN = "sk_live_SUPERSECRET_0123456789"
URL = "https://api.chatbotkit.com/v1/conversation/complete"


def make_request(method: str = "GET") -> httpx.Request:
    return httpx.Request(
        method, f"{URL}?token={TOKEN}", headers={"Authorization": f"Token {TOKEN}"}
    )


def status_error(
    status: int,
    code: str | None = None,
    *,
    method: str = "GET",
    headers: dict[str, str] | None = None,
    content: bytes | None = None,
) -> APIStatusError:
    body = {"message": "server says no", **({"code": code} if code else {})}
    if content is None:
        response = httpx.Response(status, json=body, headers=headers, request=make_request(method))
    else:
        response = httpx.Response(
            status, content=content, headers=headers, request=make_request(method)
        )
    return make_status_error(response)


def transport_error(cls: type[httpx.TransportError], method: str = "GET") -> APIConnectionError:
    request = make_request(method)
    return error_from_transport(cls("boom", request=request), request)


ErrorFactory = Callable[[], Exception]


class Script:
    """An ``attempt`` callable that raises the scripted errors in order, then returns "ok"."""

    def __init__(self, *errors: ErrorFactory, clock: FakeClock | None = None, cost: float = 0.0):
        self.errors = list(errors)
        self.calls: list[int] = []
        self.raised: list[Exception] = []
        self.clock = clock
        self.cost = cost

    async def __call__(self, number: int) -> str:
        self.calls.append(number)
        if self.clock is not None:
            self.clock.advance(self.cost)  # time spent in the attempt
        if self.errors:
            exc = self.errors.pop(0)()
            self.raised.append(exc)
            raise exc
        return "ok"


def forever(factory: ErrorFactory) -> list[ErrorFactory]:
    return [factory] * 50


NO_JITTER = RetryPolicy(jitter=0)


async def run(
    script: Script,
    *,
    method: str = "GET",
    policy: RetryPolicy = NO_JITTER,
    clock: FakeClock | None = None,
    **kwargs: object,
) -> tuple[str, FakeClock]:
    clock = clock or script.clock or FakeClock()
    result = await send_with_retries(
        script,
        method=method,
        policy=policy,
        clock=clock,
        **kwargs,  # type: ignore[arg-type]
    )
    return result, clock


# -- backoff ------------------------------------------------------------------------------------


async def test_backoff_sequence_without_jitter() -> None:
    script = Script(*[lambda: status_error(503)] * 7)
    policy = RetryPolicy(max_retries=7, jitter=0)
    result, clock = await run(script, policy=policy)
    assert result == "ok"
    assert clock.sleeps == [0.5, 1, 2, 4, 8, 8, 8]
    assert script.calls == [0, 1, 2, 3, 4, 5, 6, 7]


async def test_backoff_with_seeded_jitter() -> None:
    script = Script(*[lambda: status_error(503)] * 5)
    policy = RetryPolicy(max_retries=5, jitter=0.25)
    _, clock = await run(script, policy=policy, rng=random.Random(42).random)
    expected_rng = random.Random(42)
    bases = [0.5, 1, 2, 4, 8]
    expected = [b * (1 - 0.25 * expected_rng.random()) for b in bases]
    assert clock.sleeps == pytest.approx(expected)
    for base, slept in zip(bases, clock.sleeps, strict=True):
        assert 0.75 * base <= slept <= base


def test_compute_delay_backoff_bounds() -> None:
    policy = RetryPolicy(initial_delay=1, max_delay=5, jitter=1)
    exc = status_error(503)
    assert compute_delay(0, exc, policy, FakeClock(), rng=lambda: 0.0) == 1
    assert compute_delay(3, exc, policy, FakeClock(), rng=lambda: 0.0) == 5
    assert compute_delay(3, exc, policy, FakeClock(), rng=lambda: 0.5) == 2.5
    assert compute_delay(10_000, exc, policy, FakeClock(), rng=lambda: 0.0) == 5  # no overflow


# -- Retry-After ---------------------------------------------------------------------------------

WALL = FakeClock().wall()


def http_date(offset: float) -> str:
    return format_datetime(datetime.fromtimestamp(WALL + offset, tz=timezone.utc), usegmt=True)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"Retry-After": "100"}, 8.0),  # capped at max_delay
        ({"Retry-After": "-4"}, 0.5),  # negative: treated as absent (backoff)
        ({"Retry-After": "0"}, 0.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "Retry-After": "3"}, 0.25),  # ms wins
        ({"retry-after-ms": "junk", "Retry-After": "3"}, 3.0),
        ({"Retry-After": http_date(5)}, 5.0),
        ({"Retry-After": http_date(3600)}, 8.0),  # capped
        ({"Retry-After": http_date(-60)}, 0.0),  # in the past
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 -0000"}, 0.0),
        ({"Retry-After": "soon"}, 0.5),  # unparseable: backoff
        ({"Retry-After": "nan"}, 0.5),
        ({"Retry-After": "inf"}, 0.5),
        ({}, 0.5),
    ],
)
def test_compute_delay_honours_retry_after(headers: dict[str, str], expected: float) -> None:
    exc = status_error(429, "TOO_MANY_REQUESTS", headers=headers)
    assert compute_delay(0, exc, RetryPolicy(jitter=0), FakeClock()) == pytest.approx(expected)


def test_retry_after_has_no_jitter() -> None:
    exc = status_error(429, headers={"Retry-After": "2"})
    assert compute_delay(0, exc, RetryPolicy(jitter=1), FakeClock(), rng=lambda: 0.99) == 2.0


def test_parse_retry_after_plain_mapping() -> None:
    assert parse_retry_after({"Retry-After": "2"}, wall=0) == 2.0
    assert parse_retry_after({"RETRY-AFTER-MS": "1500"}, wall=0) == 1.5
    assert parse_retry_after({}, wall=0) is None


async def test_retry_after_used_by_engine() -> None:
    script = Script(
        lambda: status_error(429, "TOO_MANY_REQUESTS", method="POST", headers={"Retry-After": "3"}),
        lambda: status_error(429, method="POST", headers={"retry-after-ms": "1200"}),
        lambda: status_error(429, method="POST", headers={"Retry-After": http_date(4)}),
    )
    policy = RetryPolicy(max_retries=3, jitter=0)
    result, clock = await run(script, method="POST", policy=policy)
    assert result == "ok"
    # the HTTP-date is read against the clock's wall time, which advanced 4.2s meanwhile
    assert clock.sleeps == pytest.approx([3.0, 1.2, 0.0])


# -- rules ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_too_many_requests_retried_for_every_method(method: str) -> None:
    script = Script(lambda: status_error(429, "TOO_MANY_REQUESTS", method=method))
    assert (await run(script, method=method))[0] == "ok"
    assert script.calls == [0, 1]


async def test_429_without_code_is_too_many_requests() -> None:
    html = b"<html><body>Too Many Requests</body></html>"
    script = Script(lambda: status_error(429, method="POST", content=html))
    assert (await run(script, method="POST"))[0] == "ok"
    assert isinstance(script.raised[0], TooManyRequestsError)


async def test_limits_reached_not_retried_by_default() -> None:
    script = Script(lambda: status_error(429, "LIMITS_REACHED"))
    with pytest.raises(LimitsReachedError) as info:
        await run(script)
    assert script.calls == [0]
    assert info.value.attempts == 1
    assert info.value.give_up_reason is None

    script = Script(lambda: status_error(429, "LIMITS_REACHED"))
    assert (await run(script, policy=RetryPolicy(retry_limits_reached=True)))[0] == "ok"


@pytest.mark.parametrize(
    ("retry_scoped", "retried"),
    [
        (False, False),
        (True, True),
        (frozenset({"DISCORD"}), True),
        ({"discord"}, True),
        (["DISCORD_TOO_MANY_REQUESTS"], True),
        (frozenset({"SLACK"}), False),
        (frozenset(), False),
    ],
)
async def test_scoped_rate_limit(retry_scoped: object, retried: bool) -> None:
    policy = RetryPolicy(retry_scoped=retry_scoped)  # type: ignore[arg-type]
    script = Script(lambda: status_error(429, "DISCORD_TOO_MANY_REQUESTS", method="POST"))
    if retried:
        assert (await run(script, method="POST", policy=policy))[0] == "ok"
        assert script.calls == [0, 1]
    else:
        with pytest.raises(TooManyRequestsError) as info:
            await run(script, method="POST", policy=policy)
        assert info.value.scope == "DISCORD"
        assert script.calls == [0]


def test_scoped_limits_reached_needs_both_opt_ins() -> None:
    exc = status_error(429, "DISCORD_LIMITS_REACHED")
    assert not retry_decision(exc, "GET", RetryPolicy(retry_scoped=True))
    assert not retry_decision(exc, "GET", RetryPolicy(retry_limits_reached=True))
    assert retry_decision(exc, "GET", RetryPolicy(retry_scoped=True, retry_limits_reached=True))


def test_unknown_429_code_not_retried() -> None:
    assert not retry_decision(status_error(429, "QUOTA_SOMETHING"), "GET", RetryPolicy())


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_get_retried_after_5xx(status: int) -> None:
    script = Script(lambda: status_error(status))
    assert (await run(script))[0] == "ok"
    assert script.calls == [0, 1]


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_post_not_retried_after_5xx(status: int) -> None:
    script = Script(lambda: status_error(status, method="POST"))
    with pytest.raises(InternalServerError) as info:
        await run(script, method="POST")
    assert script.calls == [0]
    assert info.value.attempts == 1
    assert info.value is script.raised[0]


async def test_post_retried_after_500_when_unsafe_allowed() -> None:
    script = Script(lambda: status_error(500, "INTERNAL_SERVER_ERROR", method="POST"))
    result, _ = await run(script, method="POST", policy=RetryPolicy(retry_unsafe=True))
    assert result == "ok"


async def test_idempotent_override() -> None:
    script = Script(lambda: status_error(503, method="POST"))
    assert (await run(script, method="POST", idempotent=True))[0] == "ok"
    script = Script(lambda: status_error(503))
    with pytest.raises(InternalServerError):
        await run(script, method="GET", idempotent=False)


@pytest.mark.parametrize("status", [400, 401, 402, 403, 404, 405, 409, 422, 501, 505])
@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_other_statuses_never_retried(status: int, method: str) -> None:
    script = Script(lambda: status_error(status, method=method))
    policy = RetryPolicy(retry_unsafe=True, retry_scoped=True, retry_limits_reached=True)
    with pytest.raises(APIStatusError):
        await run(script, method=method, policy=policy)
    assert script.calls == [0]


@pytest.mark.parametrize("cls", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
async def test_post_retried_when_request_never_sent(cls: type[httpx.TransportError]) -> None:
    script = Script(lambda: transport_error(cls, "POST"))
    assert (await run(script, method="POST"))[0] == "ok"
    assert script.calls == [0, 1]


@pytest.mark.parametrize(
    "cls", [httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.RemoteProtocolError]
)
async def test_post_not_retried_when_request_may_have_arrived(
    cls: type[httpx.TransportError],
) -> None:
    script = Script(lambda: transport_error(cls, "POST"))
    with pytest.raises(APIConnectionError) as info:
        await run(script, method="POST")
    assert script.calls == [0]
    assert info.value.may_have_reached_server

    script = Script(lambda: transport_error(cls, "POST"))
    assert (await run(script, method="POST", policy=RetryPolicy(retry_unsafe=True)))[0] == "ok"


@pytest.mark.parametrize(
    "cls", [httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.RemoteProtocolError]
)
async def test_get_retried_after_read_failures(cls: type[httpx.TransportError]) -> None:
    script = Script(lambda: transport_error(cls))
    assert (await run(script))[0] == "ok"


async def test_requests_that_cannot_be_sent_are_not_retried() -> None:
    script = Script(lambda: transport_error(httpx.UnsupportedProtocol))
    with pytest.raises(APIConnectionError):
        await run(script)
    assert script.calls == [0]


@pytest.mark.parametrize(
    ("exc", "method", "retry"),
    [
        (lambda: status_error(429), "POST", True),
        (lambda: status_error(429, "LIMITS_REACHED"), "GET", False),
        (lambda: status_error(500, method="POST"), "POST", False),
        (lambda: status_error(500), "get", True),
        (lambda: transport_error(httpx.ConnectTimeout, "POST"), "POST", True),
        (lambda: transport_error(httpx.ReadTimeout, "POST"), "POST", False),
        (lambda: ValueError("not ours"), "GET", False),
    ],
)
def test_retry_decision_has_a_reason(exc: ErrorFactory, method: str, retry: bool) -> None:
    decision = retry_decision(exc(), method, RetryPolicy())
    assert isinstance(decision, RetryDecision)
    assert bool(decision) is retry and decision.retry is retry
    assert decision.reason


# -- limits: max_retries, deadline ----------------------------------------------------------------


async def test_max_retries_respected_and_attempts_set() -> None:
    script = Script(*forever(lambda: status_error(503)))
    with pytest.raises(InternalServerError) as info:
        await run(script, policy=RetryPolicy(max_retries=3, jitter=0))
    assert script.calls == [0, 1, 2, 3]
    assert info.value is script.raised[-1]  # the last error, unchanged
    assert info.value.attempts == 4
    assert info.value.give_up_reason == "max_retries=3 reached"
    assert "after 4 attempts" in str(info.value)


async def test_max_retries_zero_disables_retries() -> None:
    script = Script(*forever(lambda: status_error(503)))
    clock = FakeClock()
    with pytest.raises(InternalServerError) as info:
        await run(script, policy=RetryPolicy(max_retries=0), clock=clock)
    assert script.calls == [0]
    assert clock.sleeps == []
    assert info.value.attempts == 1
    assert info.value.give_up_reason is None


async def test_deadline_stops_retrying() -> None:
    clock = FakeClock()
    script = Script(*forever(lambda: status_error(503)), clock=clock, cost=0.1)
    policy = RetryPolicy(max_retries=10, jitter=0)
    with pytest.raises(InternalServerError) as info:
        await run(script, policy=policy, deadline=2.0)
    # t=0.1 fail, sleep 0.5 -> 0.6; t=0.7 fail, sleep 1 -> 1.7; t=1.8 fail, +2 > 2.0: stop
    assert clock.sleeps == [0.5, 1.0]
    assert script.calls == [0, 1, 2]
    assert info.value.attempts == 3
    assert info.value.give_up_reason is not None
    assert "deadline" in info.value.give_up_reason


async def test_deadline_considers_retry_after() -> None:
    script = Script(lambda: status_error(429, headers={"Retry-After": "5"}))
    with pytest.raises(TooManyRequestsError) as info:
        await run(script, deadline=4.0)
    assert "deadline" in (info.value.give_up_reason or "")
    script = Script(lambda: status_error(429, headers={"Retry-After": "5"}))
    assert (await run(script, deadline=6.0))[0] == "ok"


async def test_success_first_time() -> None:
    script = Script()
    result, clock = await run(script)
    assert result == "ok" and clock.sleeps == [] and script.calls == [0]


# -- hooks, logging, other exceptions -------------------------------------------------------------


async def test_on_retry_events() -> None:
    events: list[RetryEvent] = []
    script = Script(lambda: status_error(503), lambda: transport_error(httpx.ConnectError))
    await run(script, on_retry=events.append)
    assert [(e.attempt, e.delay, e.method) for e in events] == [(1, 0.5, "GET"), (2, 1.0, "GET")]
    assert events[0].error is script.raised[0]
    assert events[0].reason.startswith("503")
    assert events[1].reason.startswith("ConnectError")
    assert all(e.url == URL for e in events)


async def test_each_retry_is_logged_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    script = Script(
        lambda: status_error(429, "TOO_MANY_REQUESTS", method="POST"),
        lambda: transport_error(httpx.ConnectTimeout, "POST"),
        lambda: status_error(500, method="POST"),
    )
    with caplog.at_level(logging.DEBUG, logger="chatbotkit"):
        with pytest.raises(InternalServerError):
            await run(script, method="POST")
    retries = [r for r in caplog.records if r.levelno == logging.INFO]
    assert [r.name for r in retries] == ["chatbotkit", "chatbotkit"]
    first, second = (r.getMessage() for r in retries)
    assert "POST" in first and URL in first
    assert "0.50s" in first and "attempt 1 of 3" in first and "429 TOO_MANY_REQUESTS" in first
    assert "1.00s" in second and "attempt 2 of 3" in second and "ConnectTimeout" in second
    assert any("Not retrying" in r.getMessage() for r in caplog.records)
    for record in caplog.records:
        assert TOKEN not in record.getMessage()
        assert "Authorization" not in record.getMessage()
    assert TOKEN not in caplog.text


async def test_other_exceptions_propagate_immediately() -> None:
    script = Script(lambda: ValueError("bug"))
    with pytest.raises(ValueError, match="bug"):
        await run(script)
    assert script.calls == [0]


async def test_custom_classifier() -> None:
    class Broken(Exception):
        pass

    def classify(exc: Exception, method: str, policy: RetryPolicy) -> RetryDecision:
        if isinstance(exc, Broken):
            return RetryDecision(True, "stream broke before its first event")
        return retry_decision(exc, method, policy)

    script = Script(Broken, lambda: status_error(503))
    assert (await run(script, classify=classify))[0] == "ok"
    assert script.calls == [0, 1, 2]


def test_policy_validation() -> None:
    with pytest.raises(ValueError):
        RetryPolicy(max_retries=-1)
    with pytest.raises(ValueError):
        RetryPolicy(jitter=1.5)
    with pytest.raises(ValueError):
        RetryPolicy(initial_delay=-1)
    with pytest.raises(ValueError):
        RetryPolicy(max_delay=float("inf"))
    policy = RetryPolicy(retry_scoped=["discord", "Slack"])
    assert policy.retry_scoped == frozenset({"DISCORD", "SLACK"})
    assert attrs.evolve(policy, max_retries=0).max_retries == 0
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        policy.max_retries = 5  # type: ignore[misc]


# -- cancellation with the real clock ------------------------------------------------------------


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_cancel_during_backoff_sleep(backend: str) -> None:
    calls: list[int] = []

    async def attempt(number: int) -> str:
        calls.append(number)
        raise status_error(503)

    async def main() -> bool:
        policy = RetryPolicy(initial_delay=3600, max_delay=3600, jitter=0)
        sleeping = anyio.Event()
        scope = anyio.CancelScope()

        async def call() -> None:
            with scope:
                await send_with_retries(
                    attempt, method="GET", policy=policy, on_retry=lambda _: sleeping.set()
                )

        # fail_after is only a safety net so that a regression fails instead of hanging.
        with anyio.fail_after(60):
            async with anyio.create_task_group() as tg:
                tg.start_soon(call)
                await sleeping.wait()
                scope.cancel()
        return scope.cancelled_caught

    assert anyio.run(main, backend=backend) is True
    assert calls == [0]


async def test_asyncio_task_cancel_during_backoff_sleep() -> None:
    calls: list[int] = []
    sleeping = asyncio.Event()

    async def attempt(number: int) -> str:
        calls.append(number)
        raise transport_error(httpx.ConnectError)

    policy = RetryPolicy(initial_delay=3600, max_delay=3600)
    task = asyncio.create_task(
        send_with_retries(attempt, method="POST", policy=policy, on_retry=lambda _: sleeping.set())
    )
    await asyncio.wait_for(sleeping.wait(), 60)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert calls == [0]


def test_system_clock() -> None:
    assert isinstance(SYSTEM_CLOCK, SystemClock)
    assert SYSTEM_CLOCK.now() <= SYSTEM_CLOCK.now()
    assert SYSTEM_CLOCK.wall() > 1_600_000_000
    anyio.run(SYSTEM_CLOCK.sleep, 0)


def test_timeout_errors_are_connection_errors() -> None:
    exc = transport_error(httpx.ReadTimeout)
    assert isinstance(exc, APITimeoutError) and exc.phase == "read"
