"""``AsyncChatBotKit``: configuration, the connection pool, and the one request path.

Every operation goes through :meth:`AsyncChatBotKit._send`: build the request from the
generated endpoint's ``_get_kwargs``, send it with retries (``_retry.send_with_retries``),
map failures to the ``_exceptions`` tree, log one line per attempt. The namespaces
(``cbk.bot``, ...) come from ``chatbotkit_gen.namespaces`` and are imported on first use.
"""

from __future__ import annotations

import functools
import importlib
import logging
import sys
import time
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Mapping
from types import SimpleNamespace, TracebackType
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

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
    APITimeoutError,
    ConfigurationError,
    error_from_transport,
    excerpt,
    make_status_error,
)
from ._logging import logger, setup_logging
from ._options import ClientOptions, checked_timeout
from ._response import RawResponse, raw_mode, with_raw_response
from ._retry import RetryPolicy, send_with_retries
from ._runas import RUNAS_HEADERS, Binding, RunAs, as_user, capture, partner_client_for
from ._runas import clear as clear_runas
from ._types import RequestOptions
from ._version import __version__

if TYPE_CHECKING:  # imported where used: not needed to construct a client
    from ._batch import BatchResults
    from ._pagination import AsyncPaginator
    from ._ratelimit import AdaptiveRateLimiter
    from ._streaming import AsyncByteStream, AsyncEventStream, StreamKind

__all__ = ["AsyncChatBotKit"]

T = TypeVar("T")
I = TypeVar("I")  # noqa: E741  (a batch item)
P = ParamSpec("P")

Parse = Callable[..., Any]
"""A generated ``_parse_response(*, client, response)`` (or the same shape)."""

_RUNAS_NAMES = frozenset(name.lower() for name in RUNAS_HEADERS)

_PARSE_CLIENT = SimpleNamespace(raise_on_unexpected_status=False)
"""What generated ``_parse_response`` functions read from their ``client`` argument."""

_USER_AGENT = (
    f"chatbotkit-async/{__version__} python/{sys.version.split()[0]} httpx/{httpx.__version__}"
)


class AsyncChatBotKit(RootNamespaces):
    """The ChatBotKit API client. Use ``async with`` (or ``await close()``) to free the pool.

    ``token`` defaults to ``CHATBOTKIT_API_TOKEN`` (then ``CHATBOTKIT_API_SECRET``) and is
    sent as ``Authorization: Bearer <token>`` (``auth_scheme="Token"`` for the docs' form); it is never
    shown in reprs, logs or errors. ``http_client`` lends a caller-owned ``httpx.AsyncClient``
    (never closed here); otherwise one is created with ``transport``, ``limits``, ``http2``.
    Retries: ``max_retries``, ``initial_delay``, ``max_delay``, ``jitter`` override fields of
    ``retry_policy``; ``deadline`` bounds a whole call in seconds, retries included (see
    ``_retry``); ``rate_limiter`` paces every attempt (see ``_ratelimit``).
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        initial_delay: float | None = None,
        max_delay: float | None = None,
        jitter: float | None = None,
        deadline: float | None = None,
        rate_limiter: AdaptiveRateLimiter | None = None,
        default_headers: Mapping[str, str] | None = None,
        timezone: str | None = None,
        auth_scheme: AuthScheme = "Bearer",
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
        self._options = ClientOptions(
            authorization=f"{auth_scheme} {resolve_token(token)}",
            base_url=resolve_base_url(base_url),
            timeout=checked_timeout(timeout),
            retry_policy=retry_policy or RetryPolicy(),
            clock=clock,
            runas=Binding.from_env(),  # CHATBOTKIT_API_RUNAS_USERID / _CHILD_USER_EMAIL
        ).evolve(
            max_retries=max_retries,
            initial_delay=initial_delay,
            max_delay=max_delay,
            jitter=jitter,
            deadline=deadline,
            rate_limiter=rate_limiter,
            default_headers=default_headers,
            timezone=timezone,
        )
        if http_client is not None:
            if transport is not None or http2:
                raise ConfigurationError("Pass transport/http2 to your own http_client instead")
            self._http, self._owns_http = http_client, False
        else:
            if http2:
                _require_h2()
            self._http = httpx.AsyncClient(
                transport=transport, limits=limits, http2=http2, timeout=self._options.timeout
            )
            self._owns_http = True

    # ---------------------------------------------------------------------------- lifecycle

    def with_options(
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
    ) -> AsyncChatBotKit:
        """A client with some options changed that shares this one's connection pool.

        ``default_headers`` are merged over the current ones. Closing the derived client
        does not close the pool; closing the original does (for both).
        """
        return self._derive(
            self._options.evolve(
                timeout=timeout,
                max_retries=max_retries,
                retry_policy=retry_policy,
                initial_delay=initial_delay,
                max_delay=max_delay,
                jitter=jitter,
                deadline=deadline,
                rate_limiter=rate_limiter,
                default_headers=default_headers,
                timezone=timezone,
            )
        )

    def _derive(self, options: ClientOptions) -> AsyncChatBotKit:
        """The one way to derive a client: ``options``, this client's pool (not owned)."""
        clone = object.__new__(type(self))
        clone.__dict__.update({k: v for k, v in self.__dict__.items() if not k.startswith("_ns_")})
        clone._options = options
        clone._owns_http = False
        return clone

    @property
    def base_url(self) -> str:
        return self._options.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._options.timeout

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._options.retry_policy

    @property
    def deadline(self) -> float | None:
        """Seconds a whole call may take, retries included (``None``: no limit)."""
        return self._options.deadline

    @property
    def rate_limiter(self) -> AdaptiveRateLimiter | None:
        return self._options.rate_limiter

    @property
    def default_headers(self) -> Mapping[str, str]:
        return self._options.default_headers

    @property
    def timezone(self) -> str | None:
        return self._options.timezone

    @property
    def http_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient`` (shared by ``with_options`` clients)."""
        return self._http

    async def close(self) -> None:
        """Close the connection pool if this client created it (ends an ``as_user`` view)."""
        self._options.runas.close()
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

    # --------------------------------------------------------------------- sub-accounts

    def as_user(self, user_id: str | None = None, *, email: str | None = None) -> AsyncChatBotKit:
        """A view sharing this pool whose requests all run as a sub-account (id or ``email``).

        ``async with cbk.as_user(id) as sub:`` also refuses any use of ``sub`` after the
        block (``RunAsScopeError``, before sending). It wins over ``run_as``.
        """
        return as_user(self, user_id, email=email)

    def run_as(self, user_id: str | None = None, *, email: str | None = None) -> RunAs:
        """``with``/``async with``: calls of this client family in this context run as a child.

        The child is named by id or ``email``; tasks started inside inherit it; neither (or
        ``None``) runs as the partner itself.
        """
        return RunAs(self._options.runas.family, user_id, email)

    async def partner_client_for(
        self, user_id: str, *, name: str | Unset = UNSET
    ) -> AsyncChatBotKit:
        """Mint a token for sub-account ``user_id``; a client using it (sharing this pool)."""
        return await partner_client_for(self, user_id, name=name)

    async def batch(
        self,
        items: Iterable[I] | AsyncIterable[I],
        fn: Callable[[AsyncChatBotKit, I], Awaitable[T]],
        *,
        concurrency: int = 16,
        rate_limiter: AdaptiveRateLimiter | None = None,
    ) -> BatchResults[I, T]:
        """``await fn(client, item)`` once per item, ``concurrency`` at a time; results in order.

        ``client`` is this one paced by a rate limiter shared by the whole batch (``rate_limiter``,
        else this client's, else a new ``AdaptiveRateLimiter``). See ``chatbotkit.batch``.
        """
        from ._batch import client_batch

        return await client_batch(
            self, items, fn, concurrency=concurrency, rate_limiter=rate_limiter
        )

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
        item: Callable[[Mapping[str, Any]], Any] | None = None,
    ) -> AsyncPaginator[Any, Any]:
        """A paginator whose pages are fetched with :meth:`_request` (each with retries).

        ``item`` (the item model's ``from_dict``) enables ``.stream()``: the same request
        with ``Accept: application/jsonl`` and without ``take``.
        """

        from ._pagination import AsyncPaginator

        client = capture(self)  # every page runs as the account in effect now

        async def fetch(page_cursor: str | Unset) -> Any:
            return await client._request(kwargs_for(page_cursor), parse, options)

        async def open_stream(start: str | Unset) -> httpx.Response:
            kwargs = kwargs_for(start)
            kwargs["params"] = {k: v for k, v in kwargs["params"].items() if k != "take"}
            request = client._build_request(kwargs, options, "application/jsonl")
            return await client._send(request, stream=True)

        return AsyncPaginator(
            fetch,
            cursor=cursor,
            take=take,
            open_stream=open_stream if item is not None else None,
            parse_item=item,
        )

    def _stream(
        self,
        kwargs: dict[str, Any],
        options: RequestOptions,
        events: Mapping[str, Any],
        *,
        kind: StreamKind = "items",
        raise_on_error_event: bool = True,
        auto_continue: int = 0,
    ) -> AsyncEventStream[Any, Any]:
        """A JSONL event stream (see ``_streaming``); retries cover opening each response only."""
        from ._completion import continuation_request
        from ._streaming import AsyncEventStream

        request = self._build_request(kwargs, options, "application/jsonl")
        reopen = None
        if auto_continue:  # the same request without ``text``, built once
            again = self._build_request(*continuation_request(kwargs, options), "application/jsonl")
            reopen = functools.partial(self._send, again, stream=True)
        return AsyncEventStream(
            lambda: self._send(request, stream=True),
            events,
            kind=kind,
            raise_on_error_event=raise_on_error_event,
            auto_continue=auto_continue,
            reopen=reopen,
        )

    def _byte_stream(
        self, kwargs: dict[str, Any], options: RequestOptions, accept: str
    ) -> AsyncByteStream:
        """A binary download read in chunks; retries cover opening the response only."""
        from ._streaming import AsyncByteStream

        request = self._build_request(kwargs, options, accept)
        return AsyncByteStream(lambda: self._send(request, stream=True))

    # ------------------------------------------------------------------------------ internals

    def _build_request(
        self, kwargs: Mapping[str, Any], options: RequestOptions, accept: str
    ) -> httpx.Request:
        config = self._options
        headers = httpx.Headers(
            {"Accept": accept, "User-Agent": _USER_AGENT, "Authorization": config.authorization}
        )
        if config.timezone:
            headers["X-Timezone"] = config.timezone
        headers.update(config.default_headers)
        config.runas.apply(headers)  # the run-as header, fixed for retries from here on
        files = kwargs.get("files")
        for name, value in (kwargs.get("headers") or {}).items():
            # The generated multipart header pins the boundary "+++"; let httpx pick one.
            if not (files is not None and name.lower() == "content-type"):
                headers[name] = value
        if options.extra_headers:
            if any(name.lower() in _RUNAS_NAMES for name in options.extra_headers):
                clear_runas(headers)  # the caller's run-as header replaces ours, never both
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
        timeout = config.timeout if options.timeout is None else checked_timeout(options.timeout)
        return self._http.build_request(
            kwargs["method"].upper(),
            config.base_url + kwargs["url"],
            params=params or None,
            headers=headers,
            json=json_body,
            content=content,
            data=kwargs.get("data"),
            files=files,
            timeout=timeout,
        )

    async def _send(
        self,
        request: httpx.Request,
        *,
        stream: bool,
        redirects: bool = False,
        idempotent: bool | None = None,
    ) -> httpx.Response:
        """Send with retries; return a 2xx (or with ``redirects`` a 3xx) response or raise.

        The response is unread when ``stream``; ``idempotent`` overrides the method's guess.
        """

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
                if response.is_success or (redirects and response.is_redirect):
                    return response
                try:
                    body = await response.aread()
                except httpx.TransportError:
                    body = b""
                finally:
                    await response.aclose()
                error = make_status_error(response, body=body)
            raise error  # outside ``except``: no implicit context holding the httpx error

        config = self._options
        limiter, attempts = config.rate_limiter, [0]

        async def paced(number: int) -> httpx.Response:
            attempts[0] = number + 1
            if limiter is None:
                return await attempt(number)
            await limiter.acquire()
            try:
                response = await attempt(number)
            except Exception as exc:
                limiter.record(exc)
                raise
            limiter.record(None)
            return response

        retry = functools.partial(
            send_with_retries,
            paced,
            method=request.method,
            idempotent=idempotent,
            policy=config.retry_policy,
            clock=config.clock,
            deadline=config.deadline,
            on_retry=limiter.record_retry if limiter is not None else None,
        )
        if config.deadline is None:
            return await retry()
        # The deadline also bounds the attempt in flight (and a wait for the rate limiter).
        import anyio

        with anyio.move_on_after(config.deadline):
            return await retry()
        error = APITimeoutError(
            f"Deadline of {config.deadline:g}s exceeded (retries included)", request=request
        )
        error.attempts = attempts[0]
        error.give_up_reason = "deadline exceeded during an attempt"
        raise error


def _log(request: httpx.Request, outcome: object, started: float, number: int) -> None:
    if not logger.isEnabledFor(logging.INFO):  # the common case: skip formatting the URL
        return
    elapsed_ms = (time.perf_counter() - started) * 1000
    retry = f" (retry {number})" if number else ""
    logger.info(
        "%s %s -> %s in %.0f ms%s", request.method, request.url.path, outcome, elapsed_ms, retry
    )


def _require_h2() -> None:
    try:
        importlib.import_module("h2")
    except ImportError:
        raise ConfigurationError(
            "http2=True needs the 'h2' package: pip install 'chatbotkit-async[http2]'"
        ) from None
