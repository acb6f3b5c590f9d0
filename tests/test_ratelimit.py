"""The probing rate limiter in a batch's shape (64 workers, retries on 429), in virtual time.

``tests/_ratesim.py`` runs the real retry layer and limiter against a simulated server: a
random 429 fault (slowing down cannot help) and a token bucket (a real limit). The limiter
must cost nothing under the first and cut the 429s under the second; the same cells, on
the emulator and in wall-clock time, are ``make bench`` S8.
"""

from __future__ import annotations

import httpx
import pytest
from _ratesim import Server, run

from chatbotkit import AdaptiveRateLimiter
from chatbotkit._clock import FakeClock
from chatbotkit._exceptions import make_status_error
from chatbotkit._ratelimit import _binom_cdf


@pytest.mark.parametrize(
    ("fault", "items", "concurrency"),
    [
        ({"random_429": 0.3}, 1000, 64),  # the bench's random mode
        ({"random_429": 0.3, "seed": 3}, 1000, 64),
        ({"random_429": 0.1}, 3000, 64),
        ({"random_429": 0.6}, 2000, 64),
        ({"random_429": 0.3}, 3000, 256),
        ({"random_429": 0.3, "capacity": 100}, 1000, 64),
    ],
)
def test_random_429s_cost_no_speed(fault: dict[str, float], items: int, concurrency: int) -> None:
    none = run(Server(**fault), None, items=items, concurrency=concurrency)  # type: ignore[arg-type]
    probed = run(Server(**fault), AdaptiveRateLimiter(), items=items, concurrency=concurrency)  # type: ignore[arg-type]
    assert probed.items_per_s >= 0.98 * none.items_per_s
    assert probed.final_rate is None  # it probed, saw slowing down did not help, went back


@pytest.mark.parametrize(
    ("bucket", "items", "concurrency"),
    [
        ((10, 40), 1000, 64),  # the bench's token bucket
        ((20, 60), 3000, 64),  # the 10,000-item run's
        ((5, 10), 300, 64),
        ((20, 200), 4000, 64),
        ((10, 40), 1000, 8),
    ],
)
def test_a_real_limit_loses_its_429s_not_its_speed(
    bucket: tuple[float, float], items: int, concurrency: int
) -> None:
    none = run(Server(bucket=bucket), None, items=items, concurrency=concurrency)
    limited = run(
        Server(bucket=bucket), AdaptiveRateLimiter(), items=items, concurrency=concurrency
    )
    assert limited.throttled <= 0.07 * none.throttled
    assert limited.items_per_s >= 0.95 * none.items_per_s
    assert limited.final_rate is not None and limited.final_rate <= 1.5 * bucket[1]


@pytest.mark.parametrize(("share", "speed"), [(0.05, 0.95), (0.2, 0.75)])
def test_random_429s_on_top_of_a_limit_are_told_apart(share: float, speed: float) -> None:
    none = run(Server(bucket=(10, 40), random_429=share), None)
    limited = run(Server(bucket=(10, 40), random_429=share), AdaptiveRateLimiter())
    assert limited.throttled <= 0.05 * none.throttled
    assert limited.items_per_s >= speed * none.items_per_s


def too_many() -> Exception:
    request = httpx.Request("POST", "https://api.chatbotkit.com/v1/bot/create")
    body = {"message": "slow down", "code": "TOO_MANY_REQUESTS"}
    return make_status_error(httpx.Response(429, json=body, request=request))


async def test_attempts_sent_before_a_rate_change_do_not_count_in_the_probe() -> None:
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(clock=clock, min_samples=10)
    old = [await limiter.acquire() for _ in range(40)]  # in flight when the probe starts
    for n, ticket in enumerate(old[:20]):  # half of them throttled: a probe starts
        clock.advance(0.06)
        limiter.record(too_many() if n % 2 else None, ticket)
    assert limiter.rate is not None and limiter.decreases == 1
    probing = limiter.rate
    for ticket in old[20:]:  # the rest come back throttled: not sent at the probe's rate
        clock.advance(0.01)
        limiter.record(too_many(), ticket)
    for _ in range(80):  # sent at the probe's rate: no 429s in two windows, the limit is real
        ticket = await limiter.acquire()
        limiter.record(None, ticket)
    # Had the 20 old 429s counted, the probe's share would be 0.4 against 0.5: not halved,
    # so it would have gone back to unlimited.
    assert limiter.rate == probing and limiter._limited


async def test_one_lucky_probe_window_is_not_taken_for_a_limit() -> None:
    # Random 429s can give one probe window a run of luck (traced on the emulator: 8 of 57
    # throttled against 32% before). A limit is believed only if a second window agrees.
    clock = FakeClock()
    limiter = AdaptiveRateLimiter(clock=clock, min_samples=10)
    for n in range(20):  # half throttled at full speed: a probe starts
        ticket = await limiter.acquire()
        clock.advance(0.06)
        limiter.record(too_many() if n % 2 else None, ticket)
    assert limiter.rate is not None and limiter.decreases == 1
    for _ in range(40):  # the probe's first window: no 429s at all
        limiter.record(None, await limiter.acquire())
    assert not limiter._limited  # not yet believed
    for n in range(40):  # the second window: half throttled again, as before the probe
        limiter.record(too_many() if n % 2 else None, await limiter.acquire())
    assert not limiter._limited and limiter.rate is None  # back to full speed


def test_binomial_tail() -> None:
    assert _binom_cdf(0, 10, 0.5) == pytest.approx(0.5**10)
    assert _binom_cdf(10, 10, 0.3) == pytest.approx(1.0)
    assert _binom_cdf(3, 30, 0.3) == pytest.approx(0.0093, abs=1e-4)
    assert _binom_cdf(2, 5, 0.0) == 1.0 and _binom_cdf(2, 5, 1.0) == 0.0
    assert _binom_cdf(-1, 30, 0.3) == 0.0  # P(X <= -1): no 429s is not "fewer than none"
    # Large windows: (1 - p) ** n underflows, the tail must not collapse to 0.
    assert _binom_cdf(900, 1000, 0.9) == pytest.approx(0.5, abs=0.05)
    assert _binom_cdf(500, 2000, 0.5) < 1e-100
