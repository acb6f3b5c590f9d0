"""The error tree: each failure one typed ``ChatBotKitError``, secrets kept out of messages."""

# Everything the SDK raises derives from :class:`ChatBotKitError`::
#
#     ChatBotKitError
#     +-- ConfigurationError            bad client setup (e.g. no API token)
#     +-- InvalidParameterError         a bad call argument, refused before sending (also a ValueError)
#     |   +-- InvalidParameterTypeError an argument of the wrong type or kind (also a TypeError)
#     +-- UsageError                    misuse: after close(), outside/after a block, shared
#     |                                 iteration from two tasks (also a RuntimeError)
#     +-- APIError                      one API call failed (.request, .method, .url, .attempts)
#     |   +-- APIStatusError            the server answered with an error status
#     |   |   +-- BadRequestError               400 BAD_REQUEST
#     |   |   +-- NotAuthenticatedError         401 NOT_AUTHENTICATED (and any 401 without a code)
#     |   |   +-- NotAuthorizedError            401 NOT_AUTHORIZED
#     |   |   +-- NoSubscriptionError           402 NO_SUBSCRIPTION
#     |   |   +-- NotFoundError                 404 NOT_FOUND
#     |   |   +-- MethodNotAllowedError         405 METHOD_NOT_ALLOWED
#     |   |   +-- ConflictError                 409 CONFLICT
#     |   |   +-- RateLimitError                any 429: catch this for "rate limited or out of quota"
#     |   |   |   +-- TooManyRequestsError      429 TOO_MANY_REQUESTS (transient: retried)
#     |   |   |   +-- LimitsReachedError        429 LIMITS_REACHED (plan limit: retrying cannot help)
#     |   |   +-- InternalServerError           500 INTERNAL_SERVER_ERROR and any other 5xx
#     |   +-- APIConnectionError        no (complete) response: connect error, reset, protocol error
#     |   |   +-- APITimeoutError       connect/read/write/pool timeout
#     |   +-- UploadError               upload data that cannot be sent as announced
#     |   +-- DownloadError             a download that cannot be followed (redirects, no Location)
#     |       +-- NoContentError        204: nothing is stored for the file yet
#     +-- StreamError
#     |   +-- StreamDecodeError         a JSONL line was not valid UTF-8 JSON
#     |   +-- IncompleteStreamError     the stream ended before its terminal event
#     |   +-- StreamEventError          the server sent an ``error`` event mid-stream
#     |   +-- TaskTimeoutError          a followed task did not finish in time (also a TimeoutError)
#     +-- PaginationError
#     |   +-- RepeatedCursorError       the server returned a cursor it had already returned
#     +-- RunAsScopeError (_runas), BatchError, UncertainItemError, ItemDeadlineError (_batch),
#         JournalError (_journal): defined beside the code that raises them
#
# Scoped codes (``DISCORD_TOO_MANY_REQUESTS``, ``SLACK_NOT_FOUND``...) map to the class of their
# base code; ``.code`` keeps the whole code and ``.scope`` holds the prefix (``"DISCORD"``).
#
# No ``str()``/``repr()`` here ever includes request headers (the ``Authorization: Token ...``
# header) or secret-looking query parameters: URLs go through :func:`sanitize_url`. A server
# message echoing the token or the run-as account is redacted (:func:`redact`), and a pickled
# error carries copies of its request/response without those headers.

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, Literal
from urllib.parse import unquote_plus

import httpx

from ._headers import SECRET_HEADERS

__all__ = [
    "ERROR_CODES",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "BadRequestError",
    "ChatBotKitError",
    "ConfigurationError",
    "ConflictError",
    "DownloadError",
    "IncompleteStreamError",
    "InternalServerError",
    "InvalidParameterError",
    "InvalidParameterTypeError",
    "LimitsReachedError",
    "MethodNotAllowedError",
    "NoContentError",
    "NoSubscriptionError",
    "NotAuthenticatedError",
    "NotAuthorizedError",
    "NotFoundError",
    "PaginationError",
    "RateLimitError",
    "RepeatedCursorError",
    "StreamDecodeError",
    "StreamError",
    "StreamEventError",
    "TaskTimeoutError",
    "TooManyRequestsError",
    "TransportPhase",
    "UploadError",
    "UsageError",
    "error_from_transport",
    "excerpt",
    "make_status_error",
    "redact",
    "sanitize_url",
    "split_code",
]

TransportPhase = Literal["connect", "pool", "write", "read"]

_MESSAGE_EXCERPT = 200
_SECRET_PARAM = re.compile(
    r"token|secret|key|password|passwd|authorization|credential|signature", re.IGNORECASE
)


# --------------------------------------------------------------------------------------------
# Helpers


def sanitize_url(url: httpx.URL | str) -> str:
    """Render ``url`` for messages and logs: no userinfo, no fragment, no secret-looking params.

    Query parameters whose name contains token/secret/key/password/authorization (any case,
    e.g. ``api_key``, ``accessToken``) are dropped; the others keep their original encoding.
    """
    try:
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
        kept = [
            part
            for part in parsed.query.split(b"&")
            if part and not _SECRET_PARAM.search(_param_name(part))
        ]
        clean = parsed.copy_with(userinfo=b"", fragment=None, query=b"&".join(kept) or None)
        return str(clean)
    except Exception:  # an unparseable URL: keep only what cannot hold a secret
        text = str(url).split("#", 1)[0].split("?", 1)[0]
        return re.sub(r"//[^/@]*@", "//", text)


_REDACTED = "[REDACTED]"
_MIN_SECRET = 3  # shorter values would blank out ordinary words


def _secrets(request: httpx.Request | None) -> list[str]:
    """The secret values a request carries: its token and its run-as account."""
    found: list[str] = []
    for name in SECRET_HEADERS if request is not None else ():
        for value in request.headers.get_list(name):  # type: ignore[union-attr]
            found.append(value)
            found.extend(value.split()[1:])  # "Token abc": also "abc" alone
    return sorted((v for v in found if len(v) >= _MIN_SECRET), key=len, reverse=True)


def redact(value: Any, request: httpx.Request | None) -> Any:
    """``value`` (a str, or JSON made of dicts/lists/strs) with the request's token and
    run-as account replaced by ``[REDACTED]``: servers may echo headers in messages."""
    secrets = _secrets(request)
    return _redact(value, secrets) if secrets else value


def _redact(value: Any, secrets: list[str]) -> Any:
    if isinstance(value, str):
        for secret in secrets:
            if secret in value:
                value = value.replace(secret, _REDACTED)
        return value
    if isinstance(value, dict):
        return {_redact(k, secrets): _redact(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact(v, secrets) for v in value]
    return value


def _redacted_request(request: httpx.Request) -> httpx.Request:
    """A body-less copy of ``request`` whose secret headers read ``[REDACTED]``."""
    headers = httpx.Headers(
        [(k, _REDACTED if k.lower() in SECRET_HEADERS else v) for k, v in request.headers.items()]
    )
    return httpx.Request(request.method, sanitize_url(request.url), headers=headers)


def _picklable_state(state: dict[str, Any]) -> dict[str, Any]:
    """An error's ``__dict__`` for pickling: request/response copies without secrets."""
    state = dict(state)
    request = state.get("request")
    if isinstance(request, httpx.Request):
        state["request"] = _redacted_request(request)
    response = state.get("response")
    if isinstance(response, httpx.Response):
        try:
            content = response.content
        except httpx.ResponseNotRead:
            content = b""
        original = _request_of(response)
        text = redact(content.decode("utf-8", "replace"), original) if content else ""
        state["response"] = httpx.Response(
            response.status_code,
            headers=response.headers,
            content=text.encode(),
            request=_redacted_request(original) if original is not None else None,
        )
    return state


def _param_name(part: bytes) -> str:
    return unquote_plus(part.split(b"=", 1)[0].decode("ascii", "replace"))


def excerpt(data: bytes | str, limit: int = _MESSAGE_EXCERPT) -> str:
    """Collapse whitespace in ``data`` and cut it to ``limit`` characters (ending in ``...``).

    Used for messages built from bodies that are not the API's JSON (HTML from a proxy...).
    Never raises: undecodable bytes become U+FFFD.
    """
    if isinstance(data, bytes):
        # Decode a bounded prefix only: a 10 MB HTML page must not cost 10 MB of work.
        data = data[: limit * 8].decode("utf-8", "replace")
    text = " ".join(data[: limit * 8].split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def split_code(code: str | None) -> tuple[str | None, str | None]:
    """Split an error code into ``(scope, base_code)``.

    ``"DISCORD_TOO_MANY_REQUESTS"`` -> ``("DISCORD", "TOO_MANY_REQUESTS")``;
    ``"NOT_FOUND"`` -> ``(None, "NOT_FOUND")``. The longest known base code that is a
    ``_``-separated suffix wins. An unknown code is returned whole as ``(None, code)``.
    """
    if not code:
        return None, None
    upper = code.upper()
    if upper in ERROR_CODES:
        return None, upper
    for base in _BASE_CODES_LONGEST_FIRST:
        if upper.endswith("_" + base) and len(upper) > len(base) + 1:
            return upper[: -len(base) - 1], base
    return None, upper


# --------------------------------------------------------------------------------------------
# Base classes


class ChatBotKitError(Exception):
    """Base class of every exception raised by chatbotkit: catch it to catch them all.

    ``resume_cursor`` is set on an error raised while walking a list (``async for`` over
    ``cbk.x.list(...)``, its ``.pages()`` or ``.stream()``): pass it as ``cursor=`` to carry
    on from where it failed. None: from the start, or not raised by a list walk.
    """

    resume_cursor: str | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take keyword-only arguments, which default exception pickling cannot
        # replay; rebuild from args + __dict__ instead (errors cross process pools).
        # The request keeps the ``Authorization`` header: pickle redacted copies instead.
        return (_restore, (type(self), self.args), _picklable_state(self.__dict__))


def _restore(cls: type[ChatBotKitError], args: tuple[Any, ...]) -> ChatBotKitError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    return error


class InvalidParameterError(ChatBotKitError, ValueError):
    """A call argument the SDK refuses before sending anything; ``parameter`` names it."""

    def __init__(self, message: str, *, parameter: str) -> None:
        super().__init__(message)
        self.parameter = parameter


class InvalidParameterTypeError(InvalidParameterError, TypeError):
    """A call argument of the wrong type or kind (a str where seconds go, a paginator where
    a result goes): also a ``TypeError``, as Python's own would be."""


class ConfigurationError(ChatBotKitError):
    """The client is misconfigured; raised at construction, before any request is made."""

    @classmethod
    def missing_token(cls) -> ConfigurationError:
        """The error for "no API token was given and none is set in the environment"."""
        return cls(
            "No ChatBotKit API token: pass one to the client, or set the "
            "CHATBOTKIT_API_TOKEN (or CHATBOTKIT_API_SECRET) environment variable."
        )


class UsageError(ChatBotKitError, RuntimeError):
    """The SDK was used in a way it cannot serve: a closed client, a stream outside (or
    after) its ``async with`` block, one iterator shared by two tasks. Fix the calling code."""


class APIError(ChatBotKitError):
    """A call to the API failed.

    ``method`` and ``url`` (secrets stripped) describe the request; ``attempts`` is the
    number of HTTP attempts made (the retry layer updates it) and ``give_up_reason`` says
    why the retry layer stopped retrying an error it would otherwise have retried.
    """

    message: str
    request: httpx.Request | None
    method: str | None
    url: str | None
    attempts: int
    give_up_reason: str | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.method = request.method if request is not None else None
        self.url = sanitize_url(request.url) if request is not None else None
        self.attempts = 1
        self.give_up_reason = None

    def _headline(self) -> str:
        return self.message

    def _where(self) -> str:
        parts = []
        if self.method or self.url:
            parts.append(" ".join(p for p in (self.method, self.url) if p))
        if self.attempts > 1:
            parts.append(f"after {self.attempts} attempts")
        if self.give_up_reason:
            parts.append(f"gave up: {self.give_up_reason}")
        return f" ({'; '.join(parts)})" if parts else ""

    def __str__(self) -> str:
        return self._headline() + self._where()

    def _repr_fields(self) -> dict[str, object]:
        return {"message": self.message, "method": self.method, "url": self.url}

    def __repr__(self) -> str:
        fields = {**self._repr_fields()}
        if self.attempts != 1:
            fields["attempts"] = self.attempts
        body = ", ".join(f"{k}={v!r}" for k, v in fields.items() if v is not None)
        return f"{type(self).__name__}({body})"


# --------------------------------------------------------------------------------------------
# Status errors


class APIStatusError(APIError):
    """The server answered with a 4xx/5xx status.

    ``code`` is the whole error code from the JSON body (``"DISCORD_TOO_MANY_REQUESTS"``) or
    None; ``base_code`` drops the scope (``"TOO_MANY_REQUESTS"``); ``scope`` is the prefix of a
    scoped code (``"DISCORD"``) or None. ``message`` is the server's message, or a short
    excerpt of a non-JSON body. ``body`` is the parsed JSON body or None.
    """

    status_code: int
    code: str | None
    base_code: str | None
    scope: str | None
    body: Any
    response: httpx.Response
    headers: httpx.Headers

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any = None,
        code: str | None = None,
        scope: str | None = None,
    ) -> None:
        super().__init__(message, request=_request_of(response))
        self.response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.code = code
        split_scope, self.base_code = split_code(code)
        self.scope = scope if scope is not None else split_scope

    def _headline(self) -> str:
        label = self.code or self.response.reason_phrase
        head = f"{self.status_code} {label}" if label else str(self.status_code)
        return head if self.message in ("", label) else f"{head}: {self.message}"

    def _repr_fields(self) -> dict[str, object]:
        return {"status_code": self.status_code, "code": self.code, **super()._repr_fields()}


class BadRequestError(APIStatusError):
    """400 BAD_REQUEST: the request was invalid; fix it, retrying cannot help."""


class NotAuthenticatedError(APIStatusError):
    """401 NOT_AUTHENTICATED: the API token is missing, wrong or revoked."""


class NotAuthorizedError(APIStatusError):
    """401 NOT_AUTHORIZED: the token is valid but may not access this resource."""


class NoSubscriptionError(APIStatusError):
    """402 NO_SUBSCRIPTION: the account has no active subscription."""


class NotFoundError(APIStatusError):
    """404 NOT_FOUND: the resource does not exist (or is not visible to this token)."""


class MethodNotAllowedError(APIStatusError):
    """405 METHOD_NOT_ALLOWED: wrong HTTP method for this endpoint."""


class ConflictError(APIStatusError):
    """409 CONFLICT: the request conflicts with the resource's current state."""


class RateLimitError(APIStatusError):
    """Any 429. Catch this to handle both transient rate limits and exhausted plan limits."""


class TooManyRequestsError(RateLimitError):
    """429 TOO_MANY_REQUESTS: transient rate limit; retried by default (see ``Retry-After``)."""


class LimitsReachedError(RateLimitError):
    """429 LIMITS_REACHED: a subscription limit is exhausted; retrying soon cannot help."""


class InternalServerError(APIStatusError):
    """500 INTERNAL_SERVER_ERROR, and any other 5xx (502/503/504 from a gateway...)."""


ERROR_CODES: Mapping[str, type[APIStatusError]] = {
    "BAD_REQUEST": BadRequestError,
    "NOT_AUTHENTICATED": NotAuthenticatedError,
    "NOT_AUTHORIZED": NotAuthorizedError,
    "NO_SUBSCRIPTION": NoSubscriptionError,
    "NOT_FOUND": NotFoundError,
    "METHOD_NOT_ALLOWED": MethodNotAllowedError,
    "CONFLICT": ConflictError,
    "TOO_MANY_REQUESTS": TooManyRequestsError,
    "LIMITS_REACHED": LimitsReachedError,
    "INTERNAL_SERVER_ERROR": InternalServerError,
}
"""Known (base) error codes and their exception classes."""

_BASE_CODES_LONGEST_FIRST = sorted(ERROR_CODES, key=len, reverse=True)

_STATUS_FALLBACK: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: NotAuthenticatedError,
    402: NoSubscriptionError,
    404: NotFoundError,
    405: MethodNotAllowedError,
    409: ConflictError,
    429: TooManyRequestsError,
}


_RATE_LIMIT_CODES = frozenset({"TOO_MANY_REQUESTS", "LIMITS_REACHED"})


def _class_for(status: int, base_code: str | None) -> type[APIStatusError]:
    # The status decides first: a 5xx is a server error and only a 429 is a rate limit,
    # whatever the body's code says (it refines the class within those).
    if status >= 500:
        return InternalServerError
    if base_code is not None and base_code in ERROR_CODES:
        if (base_code in _RATE_LIMIT_CODES) == (status == 429):
            return ERROR_CODES[base_code]
        if status == 429:  # a 429 whose code names no rate limit: still a rate limit
            return RateLimitError
    return _STATUS_FALLBACK.get(status, APIStatusError)


def _request_of(response: httpx.Response) -> httpx.Request | None:
    try:
        return response.request
    except RuntimeError:  # a Response built without a request (tests, mocks)
        return None


def make_status_error(response: httpx.Response, *, body: bytes | None = None) -> APIStatusError:
    """Build the typed error for an error ``response``; never raises, whatever the body.

    Any 5xx is an :class:`InternalServerError`. Otherwise the class is chosen by the body's
    ``code`` (exact, then the longest known base-code suffix of a scoped code; rate-limit codes
    only on a 429, and a 429 only by a rate-limit code), then by status: 400/401/402/404/405/
    409/429 map to their table class, anything else to plain :class:`APIStatusError`.
    Pass ``body`` when the response was streamed and read separately; otherwise the already
    read ``response.content`` is used (an unread streaming body counts as empty).
    """
    if body is None:
        try:
            body = response.content
        except httpx.ResponseNotRead:
            body = b""
    parsed: Any = None
    has_body = bool(body.strip())
    if has_body:
        try:
            parsed = json.loads(body)
        except (ValueError, RecursionError):  # also UnicodeDecodeError
            parsed = None

    code: str | None = None
    message: str | None = None
    if isinstance(parsed, dict):
        raw_code, raw_message = parsed.get("code"), parsed.get("message")
        if isinstance(raw_code, str) and raw_code.strip():
            code = raw_code.strip()
        if isinstance(raw_message, str):
            message = raw_message
        elif raw_message is not None:
            message = excerpt(json.dumps(raw_message, ensure_ascii=False, default=str))
    if message is None:
        message = excerpt(body) if has_body else response.reason_phrase
    request = _request_of(response)
    message, parsed = redact(message, request), redact(parsed, request)

    scope, base_code = split_code(code)
    cls = _class_for(response.status_code, base_code)
    return cls(message, response=response, body=parsed, code=code, scope=scope)


# --------------------------------------------------------------------------------------------
# Transport errors


class APIConnectionError(APIError):
    """No complete response: the connection failed, was reset, or the server broke protocol.

    ``phase`` is where it failed (``"connect"``, ``"pool"``, ``"write"``, ``"read"``, or None
    when unknown/local). ``may_have_reached_server`` is False only when the request certainly
    was not sent (connect error or timeout, pool timeout, unsupported URL scheme, a request
    that could not be encoded); the retry layer retries those for every method.
    The original httpx exception is ``__cause__``.
    """

    phase: TransportPhase | None
    may_have_reached_server: bool

    def __init__(
        self,
        message: str = "Connection error",
        *,
        request: httpx.Request | None = None,
        phase: TransportPhase | None = None,
        may_have_reached_server: bool = True,
    ) -> None:
        super().__init__(message, request=request)
        self.phase = phase
        self.may_have_reached_server = may_have_reached_server

    def _repr_fields(self) -> dict[str, object]:
        return {**super()._repr_fields(), "phase": self.phase}


class APITimeoutError(APIConnectionError):
    """A timeout; ``phase`` says which one (connect, pool, write or read)."""


# Most specific first: (httpx class, phase, may_have_reached_server).
_TRANSPORT_TABLE: tuple[tuple[type[httpx.RequestError], TransportPhase | None, bool], ...] = (
    (httpx.ConnectTimeout, "connect", False),
    (httpx.PoolTimeout, "pool", False),
    (httpx.WriteTimeout, "write", True),
    (httpx.ReadTimeout, "read", True),
    (httpx.ConnectError, "connect", False),
    (httpx.ProxyError, "connect", False),
    (httpx.UnsupportedProtocol, None, False),
    (httpx.LocalProtocolError, None, False),
    (httpx.WriteError, "write", True),
    (httpx.ReadError, "read", True),
    (httpx.RemoteProtocolError, "read", True),
    (httpx.DecodingError, "read", True),
    (httpx.TooManyRedirects, None, True),
)


def error_from_transport(
    exc: httpx.RequestError, request: httpx.Request | None = None
) -> APIConnectionError:
    """Wrap an httpx request error: timeouts become :class:`APITimeoutError`; a body that
    cannot be decoded (``httpx.DecodingError``: corrupt gzip) is a ``"read"`` failure.

    ``request`` defaults to ``exc.request``. ``__cause__`` is already set, so raise the
    result *without* ``from exc``: for a ``LocalProtocolError`` (h11 rejecting a header value
    containing e.g. a newline) the cause is a redacted stand-in, because h11's message quotes
    the offending header value, which may be the API token.
    """
    if request is None:
        try:
            request = exc.request
        except RuntimeError:
            request = None
    phase: TransportPhase | None = None
    reached = True
    for cls, cls_phase, cls_reached in _TRANSPORT_TABLE:
        if isinstance(exc, cls):
            phase, reached = cls_phase, cls_reached
            break
    cause: BaseException = exc
    detail = redact(excerpt(str(exc)), request)
    if isinstance(exc, httpx.LocalProtocolError):
        # h11 says "Illegal header value b'Token ...'": never let that text out.
        detail = "invalid request (details redacted: they may quote a header)"
        cause = httpx.LocalProtocolError(detail)
        cause.__suppress_context__ = True
    error: APIConnectionError
    if isinstance(exc, httpx.TimeoutException):
        message = f"{(phase or 'request').capitalize()} timeout ({type(exc).__name__})"
        error = APITimeoutError(
            message, request=request, phase=phase, may_have_reached_server=reached
        )
    else:
        message = f"Connection error ({type(exc).__name__}{': ' + detail if detail else ''})"
        error = APIConnectionError(
            message, request=request, phase=phase, may_have_reached_server=reached
        )
    error.__cause__ = cause
    return error


# --------------------------------------------------------------------------------------------
# Stream and pagination errors


class StreamError(ChatBotKitError):
    """A streamed response could not be consumed to its end."""


class StreamDecodeError(StreamError):
    """A JSONL line was not valid UTF-8 JSON, or longer than ``max_line_size``.
    ``line_number`` is 1-based."""

    line_number: int
    excerpt: str

    def __init__(self, message: str, *, line_number: int, excerpt: str) -> None:
        super().__init__(f"{message} (line {line_number}: {excerpt!r})")
        self.line_number = line_number
        self.excerpt = excerpt


class IncompleteStreamError(StreamError):
    """The stream ended (cleanly at the HTTP level) without its terminal event."""

    events_received: int

    def __init__(self, message: str | None = None, *, events_received: int) -> None:
        super().__init__(
            message or f"Stream ended without a terminal event after {events_received} events"
        )
        self.events_received = events_received


class StreamEventError(StreamError):
    """The server sent an ``error`` event mid-stream; ``data`` is the event's payload.

    ``message``/``code``/``scope``/``base_code`` are read from ``data`` like
    :class:`APIStatusError` reads a body (``code`` may be None).
    """

    data: Any
    message: str
    code: str | None
    base_code: str | None
    scope: str | None

    def __init__(self, data: Any) -> None:
        self.data = data
        raw_message = data.get("message") if isinstance(data, dict) else data
        raw_code = data.get("code") if isinstance(data, dict) else None
        self.code = raw_code if isinstance(raw_code, str) and raw_code else None
        self.scope, self.base_code = split_code(self.code)
        if isinstance(raw_message, str):
            self.message = raw_message
        else:
            shown = data if raw_message is None else raw_message
            self.message = excerpt(json.dumps(shown, ensure_ascii=False, default=str))
        super().__init__(f"{self.code}: {self.message}" if self.code else self.message)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={self.message!r})"


class TaskTimeoutError(StreamError, TimeoutError):
    """``run_task``/``follow_task`` gave up waiting; the run itself goes on on the server."""

    task_id: str
    timeout: float

    def __init__(self, task_id: str, timeout: float) -> None:
        super().__init__(f"Task {task_id!r} did not finish within {timeout:g} s")
        self.task_id = task_id
        self.timeout = timeout


class PaginationError(ChatBotKitError):
    """Paging through a list went wrong."""


class RepeatedCursorError(PaginationError):
    """The server returned a cursor it had already returned; paging stopped to avoid a loop."""

    cursor: str

    def __init__(self, cursor: str) -> None:
        super().__init__(f"The server repeated the pagination cursor {cursor!r}")
        self.cursor = cursor


# --------------------------------------------------------------------------------------------
# File transfer errors


class UploadError(APIError):
    """An upload could not be made as asked; nothing half-uploaded is reported as done.

    Bad input (a missing path, a directory, a file that changed size between the two
    steps, an async iterable that yields more or fewer bytes than ``size``) and a step 1
    answer without ``uploadRequest``. Errors of the HTTP exchanges themselves are the usual
    :class:`APIStatusError` / :class:`APIConnectionError`.
    """


class DownloadError(APIError):
    """A download could not reach the file: more than 5 redirects, or one without ``Location``."""


class NoContentError(DownloadError):
    """The download answered ``204 No Content``: nothing is stored for it yet."""
