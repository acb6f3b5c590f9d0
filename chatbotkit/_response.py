"""Raw HTTP access (``with_raw_response``): status and headers first, parsing on request."""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from typing import Any, Generic, ParamSpec, TypeVar

import httpx

from ._check import callable_of
from ._exceptions import InvalidParameterTypeError

__all__ = ["RawResponse", "not_a_request", "raw_mode", "with_raw_response"]

T = TypeVar("T")
P = ParamSpec("P")

raw_mode: contextvars.ContextVar[bool] = contextvars.ContextVar("chatbotkit_raw", default=False)
"""Set while a :func:`with_raw_response` call runs: the client returns RawResponse objects."""


class RawResponse(Generic[T]):
    """An API response before parsing; :meth:`parse` gives what the method normally returns."""

    __slots__ = ("_parse", "_parsed", "http_response")

    def __init__(self, http_response: httpx.Response, parse: Callable[[httpx.Response], T]):
        self.http_response = http_response
        self._parse = parse
        self._parsed: tuple[T] | None = None

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def parse(self) -> T:
        """Parse the body into the result model (once; later calls return the same object)."""
        if self._parsed is None:
            self._parsed = (self._parse(self.http_response),)
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<RawResponse [{self.status_code}] {request.method} {request.url.path}>"


def not_a_request(method: object) -> InvalidParameterTypeError:
    """The error for a callable given to ``with_raw_response`` that sent no API request."""
    return InvalidParameterTypeError(
        f"{method!r} did not make an API request: pass a client method", parameter="method"
    )


def with_raw_response(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[RawResponse[T]]]:
    """Wrap a namespace method: ``await with_raw_response(cbk.bot.fetch)(bot_id)``."""
    callable_of(method, "method")

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        token = raw_mode.set(True)
        try:
            result: Any = await method(*args, **kwargs)
        finally:
            raw_mode.reset(token)
        if not isinstance(result, RawResponse):  # pragma: no cover - a non-HTTP callable
            raise not_a_request(method)
        return result

    return call
