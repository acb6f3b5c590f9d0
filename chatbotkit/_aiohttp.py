"""``AiohttpTransport``: an ``httpx.AsyncBaseTransport`` over ``aiohttp`` (``wire="aiohttp"``).

httpx's default wire (httpcore) is the bottleneck of an asyncio service at concurrency;
aiohttp's C parser is several times faster. This transport keeps httpcore's promises so
the SDK behaves the same on either wire: errors are classified by phase exactly as
httpcore's (a failure after the request was sent is never a connect error, so a POST is
never replayed), every ``httpx.Timeout`` phase is enforced (write included),
``httpx.Limits`` is honoured, aiohttp keeps no cookies, decodes nothing (httpx decodes
gzip once), and header limits are at least httpcore's. asyncio only; needs the extra
``chatbotkit-async[aiohttp]``.
"""

from __future__ import annotations

import asyncio
import os
import re
import ssl
from collections import deque
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import httpx
from aiohttp import client_exceptions as cx
from aiohttp.http_exceptions import HttpProcessingError
from multidict import CIMultiDict
from yarl import URL

from ._config import DEFAULT_LIMITS
from ._exceptions import ConfigurationError

__all__ = ["AiohttpTransport"]

_MAX_HEADER_BYTES = 100 * 1024
"""httpcore accepts up to 100 KiB of status line and headers; never accept less."""
_MAX_HEADERS = 1024
_SMALL_BODY = 64 * 1024
"""Bodies up to this size are handed over whole (they fit the socket buffer)."""
_INVALID_NAME = re.compile(rb"[^!#$%&'*+\-.^_`|~0-9A-Za-z]")
_INVALID_VALUE = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")
_NOT_ASYNCIO = (
    "wire='aiohttp' runs on asyncio only; under trio use the default wire (wire='httpcore')"
)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """Send httpx requests over one ``aiohttp.ClientSession`` (created on first use)."""

    def __init__(
        self,
        *,
        limits: httpx.Limits = DEFAULT_LIMITS,
        verify: ssl.SSLContext | bool = True,
        trust_env: bool = True,
    ) -> None:
        self._limits = limits
        self._verify = verify
        self._trust_env = trust_env
        self._session: aiohttp.ClientSession | None = None
        self._gate = _Gate(limits.max_connections)
        self._proxies: dict[str, Any] = {}
        self._no_proxy: tuple[str, ...] = ()

    def _open(self) -> aiohttp.ClientSession:
        limits = self._limits
        verify = self._verify
        ssl_arg: ssl.SSLContext | bool = (
            httpx.create_ssl_context(trust_env=self._trust_env) if verify is True else verify
        )
        connector = _Connector(
            max_keepalive=limits.max_keepalive_connections,
            limit=0,  # the gate bounds connections in use, with httpx's PoolTimeout
            limit_per_host=0,
            keepalive_timeout=limits.keepalive_expiry,
            force_close=limits.max_keepalive_connections == 0,
            ssl=ssl_arg,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            cookie_jar=aiohttp.DummyCookieJar(),  # httpx keeps the (clearable) cookies
            auto_decompress=False,  # httpx decodes Content-Encoding, once
            timeout=aiohttp.ClientTimeout(total=None),
            max_line_size=_MAX_HEADER_BYTES,
            max_field_size=_MAX_HEADER_BYTES,
            max_headers=_MAX_HEADERS,
            skip_auto_headers=("Accept", "Accept-Encoding", "User-Agent"),
        )
        # aiohttp resends an idempotent request once when a reused connection drops; httpcore
        # never does, and the SDK's retry layer must see (and count) every attempt.
        self._session._retry_connection = False
        if self._trust_env:
            # Read HTTP(S)_PROXY and NO_PROXY once, as httpx does: aiohttp's trust_env would
            # scan the environment (and .netrc) on every request (~200 us each).
            from aiohttp.helpers import proxies_from_env

            self._proxies = dict(proxies_from_env())
            no_proxy = os.environ.get("no_proxy") or os.environ.get("NO_PROXY") or ""
            self._no_proxy = tuple(
                entry.strip().lstrip("*.").split(":")[0].lower() or "*"
                for entry in no_proxy.split(",")
                if entry.strip()
            )
        return self._session

    def _proxy_for(self, url: httpx.URL) -> dict[str, Any]:
        info = self._proxies.get(url.scheme)
        host = url.host.lower()
        if info is None or any(
            entry == "*" or host == entry or host.endswith("." + entry) for entry in self._no_proxy
        ):
            return {}
        return {"proxy": info.proxy, "proxy_auth": info.proxy_auth}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``; the response body streams until httpx closes it."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            raise ConfigurationError(_NOT_ASYNCIO) from None
        session = self._session or self._open()
        timeouts = request.extensions.get("timeout") or {}
        headers = _headers(request)
        await self._gate.acquire(timeouts.get("pool"), request)
        body = _Body(request.stream, timeouts.get("write"))
        try:
            try:
                response = await session._request(
                    request.method,
                    URL(str(request.url), encoded=True),  # keep %2F and friends as sent
                    headers=headers,
                    data=body.payload(request),
                    allow_redirects=False,
                    compress=None,
                    **(self._proxy_for(request.url) if self._proxies else {}),
                    timeout=aiohttp.ClientTimeout(
                        total=None,
                        connect=timeouts.get("connect"),
                        sock_read=timeouts.get("read"),
                    ),
                )
            except asyncio.CancelledError:
                if body.expired:
                    _uncancel()
                    raise httpx.WriteTimeout(
                        "Timed out writing the request body", request=request
                    ) from None
                raise
            except (aiohttp.ClientError, HttpProcessingError, OSError, ValueError) as exc:
                raise _classify(exc, request, sent=False, body=body) from exc
            finally:
                body.done_waiting()
        except BaseException:
            self._gate.release()
            raise
        return httpx.Response(
            response.status,
            headers=list(response.raw_headers),
            stream=_ResponseStream(response, request, self._gate),
            extensions={
                "http_version": b"HTTP/1.1",
                "reason_phrase": (response.reason or "").encode("latin-1", "replace"),
            },
        )

    async def aclose(self) -> None:
        """Close every pooled connection."""
        if self._session is not None:
            await self._session.close()
            self._session = None


class _ResponseStream(httpx.AsyncByteStream):
    """The response body as it arrives; closing frees the connection (pooled if complete)."""

    def __init__(self, response: aiohttp.ClientResponse, request: httpx.Request, gate: _Gate):
        self._response = response
        self._request = request
        self._gate: _Gate | None = gate

    async def __aiter__(self) -> AsyncIterator[bytes]:
        content = self._response.content
        try:
            while True:
                chunk = await content.readany()
                if not chunk:
                    return
                yield chunk
        except (aiohttp.ClientError, HttpProcessingError, OSError, ValueError) as exc:
            raise _classify(exc, self._request, sent=True, body=None) from exc

    async def aclose(self) -> None:
        response = self._response
        if response.content.at_eof():
            response.release()  # complete: back to the pool
        else:
            response.close()  # unread bytes would poison the connection
        gate, self._gate = self._gate, None
        if gate is not None:
            gate.release()


class _Body:
    """The request body handed to aiohttp, with httpx's write timeout per chunk."""

    def __init__(self, stream: Any, write_timeout: float | None) -> None:
        self._stream = stream
        self._timeout = write_timeout
        self._task = asyncio.current_task()
        self._handle: asyncio.TimerHandle | None = None
        self.expired = False
        self.finished = False
        self._waiting = True

    def payload(self, request: httpx.Request) -> Any:
        """``None``, small bytes as they are, or chunks written under the write timeout."""
        stream = self._stream
        if isinstance(stream, httpx.ByteStream):
            content: bytes = stream._stream
            if not content:
                self.finished = True
                return None
            if len(content) <= _SMALL_BODY:
                self.finished = True
                return content
        return self._chunks()

    async def _chunks(self) -> AsyncIterator[bytes]:
        loop = asyncio.get_running_loop()
        try:
            async for chunk in self._stream:
                if not chunk:
                    continue
                if self._timeout is not None:
                    self._handle = loop.call_later(self._timeout, self._expire)
                yield chunk  # aiohttp resumes us once this chunk is written
                self._cancel_timer()
            self.finished = True
        finally:
            self._cancel_timer()

    def _cancel_timer(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None

    def _expire(self) -> None:
        # Cancel the request while it waits for its response head. No race with a head that
        # just arrived: a timer runs between task steps, and the step that receives the head
        # also clears ``_waiting``, so the cancel is either delivered inside aiohttp or skipped.
        self._handle = None
        if self._waiting and self._task is not None:  # still sending: fail the request
            self.expired = True
            self._task.cancel()

    def done_waiting(self) -> None:
        """The response head arrived (or failed): a late write stall only ends the upload."""
        self._waiting = False


class _Gate:
    """At most ``limit`` requests hold a connection; waiters get ``PoolTimeout``."""

    def __init__(self, limit: int | None) -> None:
        self._free = limit if limit is not None else -1
        self._waiters: deque[asyncio.Future[None]] = deque()

    async def acquire(self, timeout: float | None, request: httpx.Request) -> None:
        if self._free < 0:
            return
        if self._free > 0 and not self._waiters:
            self._free -= 1
            return
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[None] = loop.create_future()
        self._waiters.append(waiter)
        handle = None if timeout is None else loop.call_later(timeout, _expire, waiter)
        try:
            await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                self.release()  # granted just as we were cancelled: pass it on
            raise
        except _PoolExpired:
            raise httpx.PoolTimeout("Timed out waiting for a connection", request=request) from None
        finally:
            if handle is not None:
                handle.cancel()

    def release(self) -> None:
        if self._free < 0:
            return
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        self._free += 1


class _PoolExpired(Exception):
    pass


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(_PoolExpired())


class _Connector(aiohttp.TCPConnector):
    """A ``TCPConnector`` that keeps at most ``max_keepalive`` idle connections."""

    def __init__(self, *, max_keepalive: int | None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._max_keepalive = max_keepalive

    def _release(self, key: Any, protocol: Any, *, should_close: bool = False) -> None:
        super()._release(key, protocol, should_close=should_close)
        limit = self._max_keepalive
        if limit is None:
            return
        idle = self._conns
        excess = sum(len(queue) for queue in idle.values()) - limit
        while excess > 0:  # close the longest idle first
            oldest = min(idle, key=lambda k: idle[k][0][1])
            queue = idle[oldest]
            stale, _ = queue.popleft()
            if not queue:
                del idle[oldest]
            stale.close()
            excess -= 1


def _headers(request: httpx.Request) -> CIMultiDict[str]:
    """The request headers as aiohttp takes them; invalid ones fail as h11 would."""
    headers: CIMultiDict[str] = CIMultiDict()
    for name, value in request.headers.raw:
        if _INVALID_NAME.search(name) or not name or _INVALID_VALUE.search(value):
            # h11's message quotes the value (maybe the token): ours does not.
            raise httpx.LocalProtocolError("Illegal header name or value", request=request)
        if name.lower() == b"transfer-encoding":
            continue  # aiohttp frames a body of unknown length as chunked itself
        headers.add(name.decode("latin-1"), value.decode("latin-1"))
    return headers


def _classify(
    exc: BaseException, request: httpx.Request, *, sent: bool, body: _Body | None
) -> httpx.TransportError:
    """The httpx error httpcore raises for the same failure in the same phase."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, cx.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message, request=request)
    if isinstance(exc, cx.ClientHttpProxyError):
        return httpx.ProxyError(message, request=request)
    if isinstance(exc, cx.ClientConnectorError):  # DNS, refused, TLS: nothing was sent
        return httpx.ConnectError(message, request=request)
    if isinstance(exc, asyncio.TimeoutError):  # sock_read: waiting for head or body
        return httpx.ReadTimeout(message, request=request)
    if isinstance(exc, cx.ServerDisconnectedError):
        return httpx.RemoteProtocolError(
            "Server disconnected without sending a complete response", request=request
        )
    if isinstance(exc, cx.ClientPayloadError):
        cause: BaseException | None = exc.__cause__ or exc.__context__
        if isinstance(cause, OSError) or "ConnectionResetError" in message:
            return httpx.ReadError(message, request=request)
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(exc, (cx.ClientResponseError, HttpProcessingError)):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(exc, cx.InvalidURL):
        return httpx.UnsupportedProtocol(message, request=request)
    if isinstance(exc, OSError):  # ClientOSError included: a reset while sending or reading
        if not sent and body is not None and not body.finished:
            return httpx.WriteError(message, request=request)
        return httpx.ReadError(message, request=request)
    if isinstance(exc, ValueError) and not sent:
        return httpx.LocalProtocolError("Invalid request (details redacted)", request=request)
    return httpx.TransportError(message, request=request)


def _uncancel() -> None:
    task = asyncio.current_task()
    if task is not None and hasattr(task, "uncancel"):  # 3.11+: keep structured cancels exact
        task.uncancel()
