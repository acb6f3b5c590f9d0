"""``AsyncChatBotKit``: configuration, the connection pool, and the one request path.

Every operation goes through :meth:`AsyncChatBotKit._send`: build the request from the
generated endpoint's ``_get_kwargs``, send it with retries (``_retry.send_with_retries``),
map failures to the ``_exceptions`` tree, log one line per attempt. The namespaces
(``cbk.bot``, ...) come from ``chatbotkit_gen.namespaces`` and are imported on first use.
"""

from __future__ import annotations

import importlib
import platform
import time
from collections.abc import Awaitable, Callable, Mapping
from types import SimpleNamespace, TracebackType
from typing import Any, ParamSpec, TypeVar

import attrs
import httpx

from chatbotkit_gen.namespaces import RootNamespaces
from chatbotkit_gen.types import UNSET, Unset

from ._clock import SYSTEM_CLOCK, Clock
from ._config import (
    DEFAULT_LIMITS,
    DEFAULT_TIMEOUT,
    AuthScheme,
    resolve_base_url,
    resolve_token,
)
from ._exceptions import (
    APIError,
    ConfigurationError,
    error_from_transport,
    excerpt,
    make_status_error,
)
from ._logging import logger, setup_logging
from ._pagination import AsyncPaginator
from ._response import RawResponse, raw_mode, with_raw_response
from ._retry import RetryPolicy, send_with_retries
from ._streaming import AsyncByteStream, AsyncEventStream
from ._types import RequestOptions
from ._version import __version__

__all__ = ["AsyncChatBotKit"]

T = TypeVar("T")
P = ParamSpec("P")

Parse = Callable[..., Any]
"""A generated ``_parse_response(*, client, response)`` (or the same shape)."""

_PARSE_CLIENT = SimpleNamespace(raise_on_unexpected_status=False)
"""What generated ``_parse_response`` functions read from their ``client`` argument."""

_USER_AGENT = (
    f"chatbotkit-async/{__version__} python/{platform.python_version()} httpx/{httpx.__version__}"
)


class AsyncChatBotKit(RootNamespaces):
    """The ChatBotKit API client. Use ``async with`` (or ``await close()``) to free the pool.

    ``token`` defaults to ``CHATBOTKIT_API_TOKEN`` (then ``CHATBOTKIT_API_SECRET``) and is
    sent as ``Authorization: Token <token>`` (``auth_scheme="Bearer"`` for Bearer); it is never
    shown in reprs, logs or errors. ``http_client`` lends a caller-owned ``httpx.AsyncClient``
    (never closed here); otherwise one is created with ``transport``, ``limits``, ``http2``.
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        timezone: str | None = None,
        auth_scheme: AuthScheme = "Token",
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        limits: httpx.Limits = DEFAULT_LIMITS,
        http2: bool = False,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        setup_logging()
        if auth_scheme not in ("Token", "Bearer"):
            raise ConfigurationError(
                f"auth_scheme must be 'Token' or 'Bearer', not {auth_scheme!r}"
            )
        self._authorization = f"{auth_scheme} {resolve_token(token)}"
        self.base_url = resolve_base_url(base_url)
        self.timeout = _timeout(timeout)
        policy = retry_policy or RetryPolicy()
        if max_retries is not None:
            policy = attrs.evolve(policy, max_retries=max_retries)
        self.retry_policy = policy
        self.timezone = timezone
        self.default_headers: Mapping[str, str] = dict(default_headers or {})
        self._clock = clock
        if http_client is not None:
            if transport is not None or http2:
                raise ConfigurationError("Pass transport/http2 to your own http_client instead")
            self._http, self._owns_http = http_client, False
        else:
            if http2:
                _require_h2()
            self._http = httpx.AsyncClient(
                transport=transport, limits=limits, http2=http2, timeout=self.timeout
            )
            self._owns_http = True

    # ---------------------------------------------------------------------------- lifecycle

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        timezone: str | None = None,
    ) -> AsyncChatBotKit:
        """A client with some options changed that shares this one's connection pool.

        ``default_headers`` are merged over the current ones. Closing the derived client
        does not close the pool; closing the original does (for both).
        """
        clone = object.__new__(type(self))
        clone.__dict__.update({k: v for k, v in self.__dict__.items() if not k.startswith("_ns_")})
        clone._owns_http = False
        if timeout is not None:
            clone.timeout = _timeout(timeout)
        policy = retry_policy or self.retry_policy
        if max_retries is not None:
            policy = attrs.evolve(policy, max_retries=max_retries)
        clone.retry_policy = policy
        if default_headers is not None:
            clone.default_headers = {**self.default_headers, **default_headers}
        if timezone is not None:
            clone.timezone = timezone
        return clone

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient`` (shared by ``with_options`` clients)."""
        return self._http

    async def close(self) -> None:
        """Close the connection pool if this client created it."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncChatBotKit:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def with_raw_response(
        self, method: Callable[P, Awaitable[T]]
    ) -> Callable[P, Awaitable[RawResponse[T]]]:
        """Wrap a method to get the HTTP response: ``await cbk.with_raw_response(cbk.bot.fetch)(id)``."""
        return with_raw_response(method)

    # --------------------------------------------- used by chatbotkit_gen.namespaces (internal)

    async def _request(
        self,
        kwargs: dict[str, Any],
        parse: Parse,
        options: RequestOptions,
        *,
        accept: str = "application/json",
    ) -> Any:
        """Send one operation and parse its result (or return it raw, see ``_response``)."""
        request = self._build_request(kwargs, options, accept)
        response = await self._send(request, stream=False)

        def parsed(response: httpx.Response) -> Any:
            try:
                return parse(client=_PARSE_CLIENT, response=response)
            except ValueError as exc:  # json.JSONDecodeError, or an unknown enum value
                error = APIError(
                    f"Unparseable {response.status_code} response ({type(exc).__name__}:"
                    f" {excerpt(str(exc))}); body: {excerpt(response.content)}",
                    request=request,
                )
            raise error  # outside ``except``: the error carries its own message

        if raw_mode.get():
            return RawResponse(response, parsed)
        return parsed(response)

    def _paginate(
        self,
        kwargs_for: Callable[[str | Unset], dict[str, Any]],
        parse: Parse,
        options: RequestOptions,
        *,
        cursor: str | Unset = UNSET,
        take: int | Unset = UNSET,
    ) -> AsyncPaginator[Any, Any]:
        """A paginator whose pages are fetched with :meth:`_request`."""

        async def fetch(page_cursor: str | Unset) -> Any:
            return await self._request(kwargs_for(page_cursor), parse, options)

        return AsyncPaginator(fetch, cursor=cursor, take=take)

    def _stream(
        self, kwargs: dict[str, Any], options: RequestOptions, events: Mapping[str, Any]
    ) -> AsyncEventStream[Any]:
        """A JSONL event stream; retries cover opening the response only."""
        request = self._build_request(kwargs, options, "application/jsonl")
        return AsyncEventStream(lambda: self._send(request, stream=True), events)

    def _byte_stream(
        self, kwargs: dict[str, Any], options: RequestOptions, accept: str
    ) -> AsyncByteStream:
        """A binary download read in chunks; retries cover opening the response only."""
        request = self._build_request(kwargs, options, accept)
        return AsyncByteStream(lambda: self._send(request, stream=True))

    # ------------------------------------------------------------------------------ internals

    def _build_request(
        self, kwargs: Mapping[str, Any], options: RequestOptions, accept: str
    ) -> httpx.Request:
        headers = httpx.Headers(
            {"Accept": accept, "User-Agent": _USER_AGENT, "Authorization": self._authorization}
        )
        if self.timezone:
            headers["X-Timezone"] = self.timezone
        headers.update(self.default_headers)
        files = kwargs.get("files")
        for name, value in (kwargs.get("headers") or {}).items():
            # The generated multipart header pins the boundary "+++"; let httpx pick one.
            if not (files is not None and name.lower() == "content-type"):
                headers[name] = value
        if options.extra_headers:
            headers.update(options.extra_headers)
        params = {**(kwargs.get("params") or {}), **(options.extra_query or {})}
        json_body = kwargs.get("json")
        if options.extra_body:
            if json_body is None and files is None and kwargs.get("content") is None:
                json_body = {}
            if not isinstance(json_body, dict):
                raise TypeError("extra_body needs an operation with a JSON object body")
            json_body = {**json_body, **options.extra_body}
        content: Any = kwargs.get("content")
        read = getattr(content, "read", None)
        if callable(read):  # a generated raw-body File: bytes, so retries resend it
            content = read()
        timeout = self.timeout if options.timeout is None else _timeout(options.timeout)
        return self._http.build_request(
            kwargs["method"].upper(),
            self.base_url + kwargs["url"],
            params=params or None,
            headers=headers,
            json=json_body,
            content=content,
            data=kwargs.get("data"),
            files=files,
            timeout=timeout,
        )

    async def _send(self, request: httpx.Request, *, stream: bool) -> httpx.Response:
        """Send with retries; return a 2xx response (unread when ``stream``) or raise."""

        async def attempt(number: int) -> httpx.Response:
            started = time.perf_counter()
            error: APIError
            try:
                response = await self._http.send(request, stream=stream)
            except httpx.TransportError as exc:
                error = error_from_transport(exc, request)
                _log(request, type(exc).__name__, started, number)
            else:
                _log(request, response.status_code, started, number)
                if response.is_success:
                    return response
                try:
                    body = await response.aread()
                except httpx.TransportError:
                    body = b""
                finally:
                    await response.aclose()
                error = make_status_error(response, body=body)
            raise error  # outside ``except``: no implicit context holding the httpx error

        return await send_with_retries(
            attempt, method=request.method, policy=self.retry_policy, clock=self._clock
        )


def _log(request: httpx.Request, outcome: object, started: float, number: int) -> None:
    elapsed_ms = (time.perf_counter() - started) * 1000
    retry = f" (retry {number})" if number else ""
    logger.info(
        "%s %s -> %s in %.0f ms%s", request.method, request.url.path, outcome, elapsed_ms, retry
    )


def _timeout(value: float | httpx.Timeout) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        if None in (value.connect, value.read, value.write, value.pool):
            raise ConfigurationError("Every timeout phase must be bounded (got None)")
        return value
    if value is None or value <= 0:
        raise ConfigurationError(f"timeout must be a positive number, got {value!r}")
    return httpx.Timeout(value)


def _require_h2() -> None:
    try:
        importlib.import_module("h2")
    except ImportError:
        raise ConfigurationError(
            "http2=True needs the 'h2' package: pip install 'chatbotkit-async[http2]'"
        ) from None
