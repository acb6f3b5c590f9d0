from __future__ import annotations

import json
import logging
import pickle
import traceback
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

import chatbotkit
from chatbotkit._clock import FakeClock
from chatbotkit._exceptions import (
    ERROR_CODES,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    ChatBotKitError,
    ConfigurationError,
    ConflictError,
    IncompleteStreamError,
    InternalServerError,
    LimitsReachedError,
    MethodNotAllowedError,
    NoSubscriptionError,
    NotAuthenticatedError,
    NotAuthorizedError,
    NotFoundError,
    PaginationError,
    RateLimitError,
    RepeatedCursorError,
    StreamDecodeError,
    StreamError,
    StreamEventError,
    TooManyRequestsError,
    error_from_transport,
    excerpt,
    make_status_error,
    sanitize_url,
    split_code,
)
from tests import _mock

TOKEN = "sk_live_SUPERSECRET_0123456789"
URL = "https://api.chatbotkit.com/v1/bot/abc/fetch"


def make_request(method: str = "GET", url: str = URL) -> httpx.Request:
    return httpx.Request(method, url, headers={"Authorization": f"Token {TOKEN}"})


def response(
    status: int,
    body: bytes | object = b"",
    *,
    method: str = "GET",
    url: str = URL,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    return httpx.Response(
        status, content=content, headers=headers, request=make_request(method, url)
    )


TABLE = [
    ("BAD_REQUEST", 400, BadRequestError),
    ("NOT_AUTHENTICATED", 401, NotAuthenticatedError),
    ("NOT_AUTHORIZED", 401, NotAuthorizedError),
    ("NO_SUBSCRIPTION", 402, NoSubscriptionError),
    ("NOT_FOUND", 404, NotFoundError),
    ("METHOD_NOT_ALLOWED", 405, MethodNotAllowedError),
    ("CONFLICT", 409, ConflictError),
    ("TOO_MANY_REQUESTS", 429, TooManyRequestsError),
    ("LIMITS_REACHED", 429, LimitsReachedError),
    ("INTERNAL_SERVER_ERROR", 500, InternalServerError),
]


def test_table_covers_every_code() -> None:
    assert {code: cls for code, _, cls in TABLE} == dict(ERROR_CODES)


@pytest.mark.parametrize(("code", "status", "cls"), TABLE)
def test_code_selects_class(code: str, status: int, cls: type[APIStatusError]) -> None:
    err = make_status_error(response(status, {"message": "Nope", "code": code}))
    assert type(err) is cls
    assert (err.status_code, err.code, err.base_code, err.scope) == (status, code, code, None)
    assert err.message == "Nope"
    assert err.body == {"message": "Nope", "code": code}
    assert err.method == "GET"
    assert err.url == URL
    assert err.attempts == 1
    assert err.headers is err.response.headers
    assert err.request is err.response.request


@pytest.mark.parametrize(("code", "status", "cls"), TABLE)
def test_scoped_code_selects_base_class(code: str, status: int, cls: type[APIStatusError]) -> None:
    err = make_status_error(response(status, {"message": "m", "code": f"DISCORD_{code}"}))
    assert type(err) is cls
    assert err.code == f"DISCORD_{code}"
    assert err.base_code == code
    assert err.scope == "DISCORD"


@pytest.mark.parametrize(
    ("code", "cls", "scope", "base"),
    [
        ("DISCORD_TOO_MANY_REQUESTS", TooManyRequestsError, "DISCORD", "TOO_MANY_REQUESTS"),
        ("SLACK_TOO_MANY_REQUESTS", TooManyRequestsError, "SLACK", "TOO_MANY_REQUESTS"),
        ("WHATSAPP_LIMITS_REACHED", LimitsReachedError, "WHATSAPP", "LIMITS_REACHED"),
        ("FOO_NOT_FOUND", NotFoundError, "FOO", "NOT_FOUND"),
        ("MS_TEAMS_TOO_MANY_REQUESTS", TooManyRequestsError, "MS_TEAMS", "TOO_MANY_REQUESTS"),
        # the longest known suffix wins, the rest is the scope
        ("X_BAD_REQUEST", BadRequestError, "X", "BAD_REQUEST"),
    ],
)
def test_scoped_codes(code: str, cls: type[APIStatusError], scope: str, base: str) -> None:
    status = 429 if issubclass(cls, RateLimitError) else 404 if cls is NotFoundError else 400
    err = make_status_error(response(status, {"message": "slow down", "code": code}))
    assert type(err) is cls
    assert (err.code, err.scope, err.base_code) == (code, scope, base)
    assert str(err).startswith(f"{status} {code}: slow down")


def test_split_code() -> None:
    assert split_code(None) == (None, None)
    assert split_code("NOT_FOUND") == (None, "NOT_FOUND")
    assert split_code("DISCORD_TOO_MANY_REQUESTS") == ("DISCORD", "TOO_MANY_REQUESTS")
    # bare suffix-looking codes that are not "<SCOPE>_<CODE>"
    assert split_code("_NOT_FOUND") == (None, "_NOT_FOUND")
    assert split_code("SOMETHING_ELSE") == (None, "SOMETHING_ELSE")


def test_rate_limit_errors_share_a_base() -> None:
    assert issubclass(TooManyRequestsError, RateLimitError)
    assert issubclass(LimitsReachedError, RateLimitError)
    assert not issubclass(LimitsReachedError, TooManyRequestsError)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, NotAuthenticatedError),
        (402, NoSubscriptionError),
        (403, APIStatusError),
        (404, NotFoundError),
        (405, MethodNotAllowedError),
        (409, ConflictError),
        (418, APIStatusError),
        (422, APIStatusError),
        (429, TooManyRequestsError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (504, InternalServerError),
        (599, InternalServerError),
    ],
)
def test_status_fallback_without_code(status: int, cls: type[APIStatusError]) -> None:
    err = make_status_error(response(status, {"message": "hmm"}))
    assert type(err) is cls
    assert err.code is None and err.scope is None and err.base_code is None
    assert err.status_code == status


def test_unknown_code_falls_back_to_status_and_keeps_code() -> None:
    err = make_status_error(response(400, {"message": "bad", "code": "VALIDATION_FAILED"}))
    assert type(err) is BadRequestError
    assert err.code == "VALIDATION_FAILED"
    assert err.scope is None
    err = make_status_error(response(418, {"message": "bad", "code": "DISCORD_WHATEVER"}))
    assert type(err) is APIStatusError
    assert err.scope is None


def test_code_wins_over_status() -> None:
    err = make_status_error(response(400, {"message": "m", "code": "NOT_FOUND"}))
    assert type(err) is NotFoundError
    assert err.status_code == 400


def test_html_502_body() -> None:
    html = (
        b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
        b"<center><h1>502 Bad Gateway</h1></center>\r\n" + b"<!-- padding -->\n" * 100 + b"</html>"
    )
    err = make_status_error(response(502, html, headers={"content-type": "text/html"}))
    assert type(err) is InternalServerError
    assert err.status_code == 502
    assert err.body is None and err.code is None
    assert err.message.startswith("<html> <head><title>502 Bad Gateway</title></head> <body>")
    assert len(err.message) <= 200
    assert err.message.endswith("...")
    assert "\n" not in err.message and "  " not in err.message
    assert str(err).startswith("502 Bad Gateway: <html> <head>")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"", "Service Unavailable"),
        (b"   \n ", "Service Unavailable"),
        (b"\xff\xfe\xfa oops", "\ufffd\ufffd\ufffd oops"),
        (b'["a", "list"]', '["a", "list"]'),
        (b'"just a string"', '"just a string"'),
        (b"42", "42"),
        (b"null", "null"),
        (b'{"code": 7, "message": ["x", 1]}', '["x", 1]'),
        (b'{"unexpected": true}', '{"unexpected": true}'),
        (b"{not json", "{not json"),
        (b"[" * 100_000, "[" * 197 + "..."),  # deeply nested: RecursionError in json
    ],
)
def test_weird_bodies_never_raise(body: bytes, message: str) -> None:
    err = make_status_error(response(503, body))
    assert type(err) is InternalServerError
    assert err.code is None
    assert err.message == message
    str(err), repr(err)


def test_empty_body_str_does_not_repeat_reason() -> None:
    err = make_status_error(response(503))
    assert str(err) == f"503 Service Unavailable (GET {URL})"


def test_explicit_body_for_streamed_response() -> None:
    async def stream() -> AsyncIterator[bytes]:
        yield b'{"message": "gone", "code": "NOT_FOUND"}'

    resp = httpx.Response(404, content=stream(), request=make_request())
    # Not read: content unavailable, still no exception.
    assert make_status_error(resp).message == "Not Found"
    err = make_status_error(resp, body=b'{"message": "gone", "code": "NOT_FOUND"}')
    assert type(err) is NotFoundError and err.message == "gone"


def test_response_without_request() -> None:
    err = make_status_error(httpx.Response(404, json={"message": "m", "code": "NOT_FOUND"}))
    assert err.request is None and err.method is None and err.url is None
    assert str(err) == "404 NOT_FOUND: m"


def test_str_format() -> None:
    err = make_status_error(response(404, {"message": "Bot not found", "code": "NOT_FOUND"}))
    assert str(err) == f"404 NOT_FOUND: Bot not found (GET {URL})"
    err.attempts = 3
    err.give_up_reason = "max_retries=2 reached"
    assert str(err) == (
        f"404 NOT_FOUND: Bot not found (GET {URL}; after 3 attempts; gave up: max_retries=2 reached)"
    )
    assert repr(err) == (
        f"NotFoundError(status_code=404, code='NOT_FOUND', message='Bot not found', "
        f"method='GET', url='{URL}', attempts=3)"
    )


SECRET_URL = (
    f"https://user:{TOKEN}@api.chatbotkit.com/v1/bot/abc/fetch"
    f"?token={TOKEN}&keep=1&api_key={TOKEN}&ApiKey={TOKEN}&access%5Ftoken={TOKEN}"
    f"&password={TOKEN}&client_secret={TOKEN}&authorization={TOKEN}#{TOKEN}"
)


def test_sanitize_url() -> None:
    assert sanitize_url(SECRET_URL) == "https://api.chatbotkit.com/v1/bot/abc/fetch?keep=1"
    assert sanitize_url(httpx.URL(URL + "?a=%20b&c")) == URL + "?a=%20b&c"
    assert sanitize_url(URL) == URL
    assert TOKEN not in sanitize_url(f"https://x:{TOKEN}@[::1")


def all_texts(err: BaseException) -> str:
    rendered = "".join(traceback.format_exception(type(err), err, err.__traceback__))
    return "\n".join([str(err), repr(err), rendered, str(err.args)])


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_status_error_never_leaks_token(method: str) -> None:
    err = make_status_error(
        response(
            404, {"message": "Bot not found", "code": "NOT_FOUND"}, method=method, url=SECRET_URL
        )
    )
    assert err.request is not None
    assert TOKEN in err.request.headers["Authorization"]  # really there...
    text = all_texts(err)
    assert TOKEN not in text  # ...but never shown
    assert method in str(err) and method in repr(err)
    assert "api.chatbotkit.com/v1/bot/abc/fetch" in str(err)
    assert "api.chatbotkit.com/v1/bot/abc/fetch" in repr(err)
    assert "Authorization" not in text


def test_transport_errors_never_leak_token() -> None:
    request = make_request("POST", SECRET_URL)
    for exc in (httpx.ConnectError("refused"), httpx.ReadTimeout("timed out")):
        err = error_from_transport(exc, request)
        assert TOKEN not in all_texts(err)
        assert "POST https://api.chatbotkit.com/v1/bot/abc/fetch?keep=1" in str(err)


def test_local_protocol_error_is_redacted() -> None:
    # h11 quotes an illegal header value, i.e. possibly the token, in its message.
    exc = httpx.LocalProtocolError(f"Illegal header value b'Token {TOKEN}\\n'")
    try:
        try:
            raise exc
        except httpx.TransportError as caught:
            raise error_from_transport(caught, make_request()) from None
    except APIConnectionError as err:
        assert TOKEN not in all_texts(err)
        assert err.may_have_reached_server is False
        assert err.phase is None
    try:
        try:
            raise exc
        except httpx.TransportError as caught:
            raise error_from_transport(caught, make_request())  # noqa: B904 - cause preset
    except APIConnectionError as err:
        assert TOKEN not in all_texts(err)
        assert isinstance(err.__cause__, httpx.LocalProtocolError)


@pytest.mark.parametrize(
    ("exc", "cls", "phase", "reached"),
    [
        (httpx.ConnectError("refused"), APIConnectionError, "connect", False),
        (httpx.ConnectTimeout(""), APITimeoutError, "connect", False),
        (httpx.PoolTimeout(""), APITimeoutError, "pool", False),
        (httpx.ProxyError("bad proxy"), APIConnectionError, "connect", False),
        (httpx.UnsupportedProtocol("ftp"), APIConnectionError, None, False),
        (httpx.ReadTimeout(""), APITimeoutError, "read", True),
        (httpx.WriteTimeout(""), APITimeoutError, "write", True),
        (httpx.ReadError("reset"), APIConnectionError, "read", True),
        (httpx.WriteError("broken pipe"), APIConnectionError, "write", True),
        (httpx.RemoteProtocolError("peer closed"), APIConnectionError, "read", True),
        (httpx.CloseError("x"), APIConnectionError, None, True),
    ],
)
def test_transport_mapping(
    exc: httpx.TransportError, cls: type[APIConnectionError], phase: str | None, reached: bool
) -> None:
    request = make_request("POST")
    err = error_from_transport(exc, request)
    assert type(err) is cls
    assert err.phase == phase
    assert err.may_have_reached_server is reached
    assert err.__cause__ is exc
    assert err.request is request
    assert err.method == "POST" and err.url == URL
    assert type(exc).__name__ in str(err)


def test_transport_request_defaults_to_exc_request() -> None:
    request = make_request()
    err = error_from_transport(httpx.ReadError("reset", request=request))
    assert err.request is request
    err = error_from_transport(httpx.ReadError("reset"))
    assert err.request is None and str(err) == "Connection error (ReadError: reset)"


def test_hierarchy() -> None:
    api: tuple[type[Exception], ...] = (APIStatusError, APIConnectionError, APITimeoutError)
    assert all(issubclass(cls, APIError) for cls in api)
    top: tuple[type[Exception], ...] = (APIError, ConfigurationError, StreamError, PaginationError)
    assert all(issubclass(cls, ChatBotKitError) for cls in top)
    assert issubclass(APITimeoutError, APIConnectionError)
    stream: tuple[type[Exception], ...] = (
        StreamDecodeError,
        IncompleteStreamError,
        StreamEventError,
    )
    assert all(issubclass(cls, StreamError) for cls in stream)
    assert issubclass(RepeatedCursorError, PaginationError)


def test_configuration_error_names_env_vars() -> None:
    message = str(ConfigurationError.missing_token())
    assert "CHATBOTKIT_API_TOKEN" in message and "CHATBOTKIT_API_SECRET" in message


def test_stream_errors() -> None:
    err = StreamDecodeError("Invalid JSON", line_number=3, excerpt='{"a": ')
    assert (err.line_number, err.excerpt) == (3, '{"a": ')
    assert "line 3" in str(err)
    incomplete = IncompleteStreamError(events_received=5)
    assert incomplete.events_received == 5 and "5 events" in str(incomplete)
    event = StreamEventError({"message": "Model overloaded", "code": "SLACK_TOO_MANY_REQUESTS"})
    assert (event.code, event.scope, event.base_code) == (
        "SLACK_TOO_MANY_REQUESTS",
        "SLACK",
        "TOO_MANY_REQUESTS",
    )
    assert str(event) == "SLACK_TOO_MANY_REQUESTS: Model overloaded"
    assert StreamEventError("boom").message == "boom"
    assert StreamEventError({"detail": 1}).message == '{"detail": 1}'
    assert StreamEventError({"detail": 1}).code is None
    cursor = RepeatedCursorError("abc")
    assert cursor.cursor == "abc" and "'abc'" in str(cursor)


def test_excerpt() -> None:
    assert excerpt("  a \n\t b  ") == "a b"
    assert excerpt("x" * 300) == "x" * 197 + "..."
    assert len(excerpt(b"y" * 10_000_000, 80)) == 80
    assert excerpt(b"\xe2\x82") == "\ufffd"


def test_errors_pickle() -> None:
    err = make_status_error(response(404, {"message": "Bot not found", "code": "FOO_NOT_FOUND"}))
    err.attempts = 2
    copy = pickle.loads(pickle.dumps(err))
    assert type(copy) is NotFoundError
    assert (copy.status_code, copy.code, copy.scope, copy.attempts) == (
        404,
        "FOO_NOT_FOUND",
        "FOO",
        2,
    )
    assert str(copy) == str(err) and repr(copy) == repr(err)
    timeout = pickle.loads(
        pickle.dumps(error_from_transport(httpx.ReadTimeout("t"), make_request()))
    )
    assert type(timeout) is APITimeoutError and timeout.phase == "read"
    for other in (
        StreamDecodeError("bad", line_number=2, excerpt="x"),
        IncompleteStreamError(events_received=1),
        StreamEventError({"message": "m", "code": "C"}),
        RepeatedCursorError("c"),
        ConfigurationError.missing_token(),
    ):
        again = pickle.loads(pickle.dumps(other))
        assert type(again) is type(other) and str(again) == str(other)
        assert again.__dict__ == other.__dict__


# -- through the client: status codes to classes, redaction, transport errors


@pytest.mark.parametrize(
    ("status", "code", "cls"),
    [
        (404, "NOT_FOUND", NotFoundError),
        (429, "DISCORD_TOO_MANY_REQUESTS", TooManyRequestsError),
        (400, "BAD_REQUEST", chatbotkit.BadRequestError),
        (401, "NOT_AUTHORIZED", chatbotkit.NotAuthorizedError),
        (402, "NO_SUBSCRIPTION", chatbotkit.NoSubscriptionError),
        (409, "CONFLICT", chatbotkit.ConflictError),
        (429, "LIMITS_REACHED", chatbotkit.LimitsReachedError),
        (500, "INTERNAL_SERVER_ERROR", InternalServerError),
    ],
)
async def test_error_codes_map_to_classes(status: int, code: str, cls: type[Exception]) -> None:
    body = {"code": code, "message": "nope"}
    _, handler = _mock.recorder(httpx.Response(status, json=body))
    async with _mock.client(handler, max_retries=0) as cbk:
        with pytest.raises(cls) as info:
            await cbk.bot.fetch("b1")
    error: Any = info.value
    assert error.status_code == status and error.code == code and error.message == "nope"
    assert error.method == "GET" and error.url.endswith("/bot/b1/fetch")
    if code.startswith("DISCORD"):
        assert error.scope == "DISCORD"


async def test_html_502_and_redaction(caplog: pytest.LogCaptureFixture) -> None:
    html = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    _, handler = _mock.recorder(httpx.Response(502, content=html))
    caplog.set_level(logging.DEBUG)
    cbk = _mock.client(handler, max_retries=1, clock=FakeClock())
    with pytest.raises(InternalServerError) as info:
        await cbk.bot.fetch("b1")
    assert info.value.status_code == 502 and "502 Bad Gateway" in info.value.message
    assert info.value.attempts == 2
    texts = [repr(cbk), str(info.value), repr(info.value), caplog.text]
    assert all(_mock.TOKEN not in text for text in texts)
    assert "GET /v1/bot/b1/fetch -> 502" in caplog.text


async def test_transport_error_is_mapped() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    cbk = _mock.client(handler, max_retries=0)
    with pytest.raises(chatbotkit.APIConnectionError) as info:
        await cbk.bot.fetch("b1")
    assert info.value.__context__ is None
