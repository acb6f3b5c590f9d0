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
import math
import re
import sys
import time
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable, Mapping
from types import SimpleNamespace, TracebackType
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

import attrs
import httpx

from chatbotkit_gen.namespaces import RootNamespaces
from chatbotkit_gen.types import UNSET, Unset

from ._body import read_prefix
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
    UsageError,
    error_from_transport,
    excerpt,
    make_status_error,
    sanitize_url,
)
from ._jsonl import DEFAULT_MAX_LINE_SIZE
from ._logging import logger, setup_logging
from ._options import ClientOptions, checked_timeout
from ._pool import RequestGate, release_stuck_connections
from ._response import RawResponse, raw_mode, with_raw_response
from ._retry import RetryPolicy, send_with_retries
from ._runas import RUNAS_HEADERS, Binding, RunAs, as_user, capture, partner_client_for
from ._runas import clear as clear_runas
from ._types import RequestOptions
from ._version import __version__

if TYPE_CHECKING:  # imported where used: not needed to construct a client
    import os
    from typing import Literal

    from ._batch import Batch
    from ._pagination import AsyncPaginator
    from ._progress import ProgressSink
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
_JSON_OBJECT = re.compile(rb"\s*\{")
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
    ``max_line_size`` bounds one JSONL stream line (default 16 MiB; longer: ``StreamDecodeError``).
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
        max_line_size: int = DEFAULT_MAX_LINE_SIZE,
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
        if max_line_size < 1:
            raise ConfigurationError(f"max_line_size must be >= 1 byte, got {max_line_size!r}")
        self._options = attrs.evolve(self._options, max_line_size=max_line_size)
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
        # At most one request per connection inside httpx (see _pool); shared by with_options.
        self._gate = (
            RequestGate(limits.max_connections)
            if http_client is None and limits.max_connections and not http2
            else None
        )

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

    def __repr__(self) -> str:  # no user:password from the base URL
        return f"{type(self).__name__}(base_url={sanitize_url(self.base_url)!r})"

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
        ``None``) runs as the partner itself. It is a context variable, so inside an async
        generator it follows the *consumer*: entered across a ``yield``, it also applies to the
        consumer's own calls until the generator resumes. There, use an ``as_user`` view.
        """
        return RunAs(self._options.runas.family, user_id, email)

    async def partner_client_for(
        self, user_id: str, *, name: str | Unset = UNSET
    ) -> AsyncChatBotKit:
        """Mint a token for sub-account ``user_id``; a client using it (sharing this pool)."""
        return await partner_client_for(self, user_id, name=name)

    def batch(
        self,
        items: Iterable[I] | AsyncIterable[I],
        fn: Callable[[AsyncChatBotKit, I], Awaitable[T]],
        *,
        concurrency: int = 16,
        rate_limiter: AdaptiveRateLimiter | Literal[False] | None = None,
        progress: bool | ProgressSink | None = None,
        journal: str | os.PathLike[str] | None = None,
        key: Callable[[I], str] | None = None,
        on_uncertain: Literal["skip", "retry"]
        | Callable[[AsyncChatBotKit, I], Awaitable[T]] = "skip",
        decode: Callable[[Any], T] | None = None,
        item_deadline: float | None = 600.0,
        total: int | None = None,
    ) -> Batch[I, T]:
        """``fn(client, item)`` once per item, ``concurrency`` at a time: ``await`` it for the
        results in input order, or ``async with`` it for them as they complete.

        ``client`` is this one paced by a rate limiter shared by the whole batch (``rate_limiter``,
        else this client's, else a new ``AdaptiveRateLimiter``; ``False`` for none), retrying
        429s until the item's deadline. ``progress``, ``journal``, ``key``, ``on_uncertain``: see ``chatbotkit.batch``.
        """
        from ._batch import client_batch

        return client_batch(
            self,
            items,
            fn,
            rate_limiter=rate_limiter,
            on_uncertain=on_uncertain,
            concurrency=concurrency,
            progress=progress,
            journal=journal,
            key=key,
            decode=decode,
            item_deadline=item_deadline,
            total=total,
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
                result = parse(client=_PARSE_CLIENT, response=response)
                if hasattr(result, "additional_properties") and not _JSON_OBJECT.match(
                    response.content
                ):  # ``[]`` would otherwise become a model of UNSETs
                    raise TypeError("expected a JSON object")
                return result
            except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as exc:
                # bad JSON, an unknown enum value, or JSON of the wrong shape (null, 42...)
                error = APIError(
                    f"Unparseable {response.status_code} response ({type(exc).__name__}:"
                    f" {excerpt(str(exc))}); body: {excerpt(response.content)}",
                    request=request,
                )
                error.__cause__ = exc
            raise error  # outside ``except``: no implicit context, the cause is explicit

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

        from ._body import body_lines
        from ._pagination import AsyncPaginator

        client = capture(self)  # every page runs as the account in effect now
        take = _paging_take(options, take)

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
            lines_for=functools.partial(
                body_lines, max_line_size=self._options.max_line_size, now=self._options.clock.now
            ),
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
            max_line_size=self._options.max_line_size,
            now=self._options.clock.now,
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
        A ``deadline`` shrinks each attempt's httpx timeouts to the time left rather than
        cancelling a connect in flight (see ``_pool``); a body read past it, or a transport
        that ignores timeouts, is cut by a cancel scope a little after it.
        """
        end = None if self._options.deadline is None else time.monotonic() + self._options.deadline
        configured: Mapping[str, float] = dict(request.extensions.get("timeout") or {})

        async def attempt(number: int) -> httpx.Response:
            started = time.perf_counter()
            shrunk = _fit_timeouts(request, configured, end)
            error: APIError
            try:
                response = await self._open(request)
                ok = response.is_success or (redirects and response.is_redirect)
                if ok and not stream:
                    await _read_body(response, end)
            except httpx.RequestError as exc:  # transport errors and httpx.DecodingError
                error = error_from_transport(exc, request)
                if isinstance(error, APITimeoutError) and error.phase in shrunk:
                    raise _DeadlineExceeded from exc
                _log(request, type(exc).__name__, started, number)
            else:
                _log(request, response.status_code, started, number)
                if ok:
                    if shrunk and stream:  # the deadline covers opening a stream only
                        request.extensions["timeout"] = dict(configured)
                    return response
                try:
                    body = await read_prefix(response)  # bounded: the JSON error fits
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
        cause: BaseException | None = None
        import anyio

        try:
            # A backstop only (a rate-limiter wait, a transport ignoring timeouts): the
            # attempt's own timeouts end it first.
            with anyio.move_on_after(config.deadline * 1.1 + _BACKSTOP_GRACE):
                return await retry()
        except _DeadlineExceeded as exc:
            cause = exc.__cause__
        error = APITimeoutError(
            f"Deadline of {config.deadline:g}s exceeded (retries included)", request=request
        )
        error.__cause__ = cause
        error.attempts = attempts[0]
        error.give_up_reason = "deadline exceeded during an attempt"
        raise error

    async def _open(self, request: httpx.Request) -> httpx.Response:
        """One HTTP exchange up to the response headers (body unread), through the gate."""
        if self._http.is_closed:
            raise UsageError("The client is closed: create a new one (or use 'async with')")
        gate = self._gate
        try:
            if gate is None:
                return await self._http.send(request, stream=True)
            pool = (request.extensions.get("timeout") or {}).get("pool")
            await gate.acquire(pool if pool is not None else math.inf, request)
            try:
                return await self._http.send(request, stream=True)
            finally:
                gate.release()
        except BaseException:  # cancellation included: repair the pool (see _pool)
            await release_stuck_connections(self._http)
            raise


def _paging_take(options: RequestOptions, take: int | Unset) -> int | Unset:
    """The page size actually sent: ``extra_query`` may override ``take`` (the walk's stop
    rule must use it), never ``cursor`` (the walk sets it page by page)."""
    extra = options.extra_query or {}
    if "cursor" in extra:
        raise UsageError("Pass cursor= to the list call, not in extra_query (paging sets it)")
    if "take" not in extra:
        return take
    try:
        return int(extra["take"])
    except (TypeError, ValueError):
        raise UsageError(f"extra_query take must be an integer, not {extra['take']!r}") from None


class _DeadlineExceeded(Exception):
    """An attempt hit a timeout that the deadline had shrunk (never retried)."""


_BACKSTOP_GRACE = 0.05
"""Seconds past the deadline before the backstop cancels: httpx's timeouts fire first."""

_PHASES = ("connect", "read", "write", "pool")


def _fit_timeouts(
    request: httpx.Request, configured: Mapping[str, float], end: float | None
) -> frozenset[str]:
    """Shrink the request's timeouts to the time left before ``end``; the phases shrunk."""
    if end is None:
        return frozenset()
    left = end - time.monotonic()
    if left <= 0:
        raise _DeadlineExceeded
    timeouts = {phase: configured.get(phase) for phase in _PHASES}
    shrunk = frozenset(p for p, v in timeouts.items() if v is None or v > left)
    request.extensions["timeout"] = {p: left if p in shrunk else v for p, v in timeouts.items()}
    return shrunk


async def _read_body(response: httpx.Response, end: float | None) -> None:
    """Read a whole (success) body, bounded by the deadline; close the response on failure."""
    import anyio

    try:
        if end is None:
            await response.aread()
            return
        with anyio.move_on_after(max(end - time.monotonic(), 0)):
            await response.aread()
            return
        raise httpx.ReadTimeout("Deadline reached while reading the body", request=response.request)
    except BaseException:
        with anyio.CancelScope(shield=True):
            await response.aclose()
        raise


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
