"""A client's options as one frozen value, so every derived client is an ``evolve`` of its parent's."""

from __future__ import annotations

import math
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs
import httpx

from ._check import mapping_of, text, wrong_type
from ._clock import SYSTEM_CLOCK, Clock
from ._exceptions import ConfigurationError, sanitize_url
from ._headers import SECRET_HEADERS
from ._jsonl import DEFAULT_MAX_LINE_SIZE
from ._retry import RetryPolicy
from ._runas import Binding

if TYPE_CHECKING:
    from ._ratelimit import AdaptiveRateLimiter

__all__ = ["ClientOptions", "checked_deadline", "checked_timeout"]


def _headers(value: Mapping[str, str] | None) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping_of(value, "default_headers") or {}))


def _headers_repr(value: Mapping[str, str]) -> str:
    """The headers with a token or run-as account (``default_headers`` may carry one) hidden."""
    return repr({k: "[REDACTED]" if k.lower() in SECRET_HEADERS else v for k, v in value.items()})


@attrs.frozen(slots=True, getstate_setstate=False)
class ClientOptions:
    """Everything a client's requests depend on except its connection pool."""

    authorization: str = attrs.field(repr=False)
    """``"<scheme> <token>"``: never shown in a repr."""
    base_url: str = attrs.field(repr=lambda url: repr(sanitize_url(url)))
    """Shown without ``user:password``."""
    timeout: httpx.Timeout
    retry_policy: RetryPolicy = attrs.field(factory=RetryPolicy)
    deadline: float | None = None
    rate_limiter: AdaptiveRateLimiter | None = None
    default_headers: Mapping[str, str] = attrs.field(
        factory=dict, converter=_headers, repr=_headers_repr
    )
    timezone: str | None = None
    clock: Clock = SYSTEM_CLOCK
    runas: Binding = attrs.field(factory=Binding)
    """Which account requests run as (see ``_runas``)."""
    max_line_size: int = DEFAULT_MAX_LINE_SIZE
    """The longest JSONL stream line read (see ``_jsonl``)."""

    def __reduce__(self) -> str | tuple[object, ...]:
        raise TypeError("Client options hold the API token and are never pickled")

    def evolve(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        initial_delay: float | None = None,
        max_delay: float | None = None,
        jitter: float | None = None,
        deadline: float | None = None,
        rate_limiter: AdaptiveRateLimiter | None = None,
        default_headers: Mapping[str, str] | None = None,
        timezone: str | None = None,
    ) -> ClientOptions:
        """``with_options``' rules: ``None`` keeps a value, headers merge over the current ones,
        the retry fields override fields of ``retry_policy`` (else of the current policy)."""
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            raise wrong_type("retry_policy", "a RetryPolicy", retry_policy)
        if timezone is not None:
            text(timezone, "timezone")
        if rate_limiter is not None:
            from ._ratelimit import AdaptiveRateLimiter

            if not isinstance(rate_limiter, AdaptiveRateLimiter):
                raise wrong_type("rate_limiter", "an AdaptiveRateLimiter", rate_limiter)
        policy = (retry_policy or self.retry_policy).evolve(
            max_retries=max_retries, initial_delay=initial_delay, max_delay=max_delay, jitter=jitter
        )
        return attrs.evolve(
            self,
            timeout=self.timeout if timeout is None else checked_timeout(timeout),
            retry_policy=policy,
            deadline=self.deadline if deadline is None else checked_deadline(deadline),
            rate_limiter=self.rate_limiter if rate_limiter is None else rate_limiter,
            default_headers=(
                self.default_headers
                if default_headers is None
                else {**self.default_headers, **_headers(default_headers)}
            ),
            timezone=self.timezone if timezone is None else timezone,
        )


def checked_deadline(value: float | None) -> float | None:
    """A positive number of seconds; ``None`` or ``inf`` for no deadline."""
    if value is None or value == math.inf:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise wrong_type("deadline", "a number of seconds", value)
    if not value > 0:
        raise ConfigurationError(f"deadline must be a positive number of seconds, got {value!r}")
    return value


def checked_timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    """An ``httpx.Timeout`` with every phase bounded."""
    if isinstance(value, httpx.Timeout):
        if None in (value.connect, value.read, value.write, value.pool):
            raise ConfigurationError("Every timeout phase must be bounded (got None)")
        return value
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise wrong_type("timeout", "a number of seconds or an httpx.Timeout", value)
    if value is None or not value > 0:
        raise ConfigurationError(f"timeout must be a positive number, got {value!r}")
    return httpx.Timeout(value)
