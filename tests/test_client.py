"""AsyncChatBotKit: auth, options, errors, retries, pagination, streams, raw and binary I/O."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import chatbotkit
from chatbotkit import (
    AsyncChatBotKit,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    RepeatedCursorError,
    TooManyRequestsError,
    UnknownEvent,
)
from chatbotkit._clock import FakeClock
from chatbotkit_gen.types import UNSET

TOKEN = "tok_secret_abcdef0123456789"
Handler = Callable[[httpx.Request], httpx.Response]


def client(handler: Handler, **kwargs: Any) -> AsyncChatBotKit:
    kwargs.setdefault("token", TOKEN)
    return AsyncChatBotKit(transport=httpx.MockTransport(handler), **kwargs)


def recorder(
    *responses: httpx.Response | Callable[[httpx.Request], httpx.Response],
) -> tuple[list[httpx.Request], Handler]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        item = responses[min(len(seen), len(responses)) - 1] if responses else None
        if item is None:
            return httpx.Response(200, json={"id": "x"})
        return item(request) if callable(item) else item

    return seen, handler


# ------------------------------------------------------------------------- auth and options


async def test_default_headers_token_timezone_user_agent() -> None:
    seen, handler = recorder()
    async with client(handler, timezone="Europe/Paris", default_headers={"X-App": "a"}) as cbk:
        await cbk.bot.fetch("b1")
    headers = seen[0].headers
    assert headers["authorization"] == f"Token {TOKEN}"
    assert headers["x-timezone"] == "Europe/Paris"
    assert headers["x-app"] == "a"
    assert headers["accept"] == "application/json"
    assert headers["user-agent"].startswith("chatbotkit-async/")
    assert str(seen[0].url) == "https://api.chatbotkit.com/v1/bot/b1/fetch"


async def test_bearer_scheme_and_per_call_options() -> None:
    seen, handler = recorder()
    async with client(handler, auth_scheme="Bearer") as cbk:
        await cbk.bot.create(
            name="n", extra_headers={"X-Req": "1"}, extra_query={"q": "v"}, extra_body={"z": 1}
        )
    request = seen[0]
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["x-req"] == "1"
    assert request.url.params["q"] == "v"
    assert json.loads(request.content) == {"name": "n", "z": 1}


def test_env_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHATBOTKIT_API_TOKEN", raising=False)
    monkeypatch.setenv("CHATBOTKIT_API_SECRET", "from_secret")
    monkeypatch.setenv("CHATBOTKIT_API_BASE_URL", "http://127.0.0.1:9/v1/")
    cbk = AsyncChatBotKit()
    assert cbk.base_url == "http://127.0.0.1:9/v1"
    assert cbk._authorization == "Token from_secret"
    monkeypatch.setenv("CHATBOTKIT_API_TOKEN", "from_token")
    assert AsyncChatBotKit()._authorization == "Token from_token"


def test_missing_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHATBOTKIT_API_TOKEN", raising=False)
    monkeypatch.delenv("CHATBOTKIT_API_SECRET", raising=False)
    with pytest.raises(ConfigurationError, match="CHATBOTKIT_API_TOKEN"):
        AsyncChatBotKit()


def test_bad_options() -> None:
    with pytest.raises(ConfigurationError):
        AsyncChatBotKit(token="t", timeout=httpx.Timeout(None))
    with pytest.raises(ConfigurationError):
        AsyncChatBotKit(token="bad token\n")


def test_default_timeout_and_limits_are_bounded() -> None:
    cbk = AsyncChatBotKit(token="t")
    assert cbk.timeout.connect == 5.0 and cbk.timeout.read == 600.0
    assert None not in (cbk.timeout.write, cbk.timeout.pool)


async def test_with_options_shares_the_pool() -> None:
    seen, handler = recorder()
    cbk = client(handler)
    fast = cbk.with_options(timeout=1.5, max_retries=0, default_headers={"X-B": "b"})
    assert fast.http_client is cbk.http_client
    assert fast.retry_policy.max_retries == 0 and cbk.retry_policy.max_retries == 2
    await cbk.bot.fetch("a")
    await fast.bot.fetch("b")
    assert [r.url.path for r in seen] == ["/v1/bot/a/fetch", "/v1/bot/b/fetch"]
    assert "x-b" not in seen[0].headers and seen[1].headers["x-b"] == "b"
    assert seen[1].extensions["timeout"]["read"] == 1.5
    await fast.close()
    assert not cbk.http_client.is_closed
    await cbk.close()
    assert cbk.http_client.is_closed


async def test_caller_owned_http_client_is_not_closed() -> None:
    _, handler = recorder()
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with AsyncChatBotKit(token="t", http_client=http) as cbk:
        await cbk.bot.fetch("a")
    assert not http.is_closed
    await http.aclose()


# ------------------------------------------------------------------------------ errors


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
    _, handler = recorder(httpx.Response(status, json=body))
    async with client(handler, max_retries=0) as cbk:
        with pytest.raises(cls) as info:
            await cbk.bot.fetch("b1")
    error: Any = info.value
    assert error.status_code == status and error.code == code and error.message == "nope"
    assert error.method == "GET" and error.url.endswith("/bot/b1/fetch")
    if code.startswith("DISCORD"):
        assert error.scope == "DISCORD"


async def test_html_502_and_redaction(caplog: pytest.LogCaptureFixture) -> None:
    html = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    _, handler = recorder(httpx.Response(502, content=html))
    caplog.set_level(logging.DEBUG)
    cbk = client(handler, max_retries=1, clock=FakeClock())
    with pytest.raises(InternalServerError) as info:
        await cbk.bot.fetch("b1")
    assert info.value.status_code == 502 and "502 Bad Gateway" in info.value.message
    assert info.value.attempts == 2
    texts = [repr(cbk), str(info.value), repr(info.value), caplog.text]
    assert all(TOKEN not in text for text in texts)
    assert "GET /v1/bot/b1/fetch -> 502" in caplog.text


async def test_transport_error_is_mapped() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    cbk = client(handler, max_retries=0)
    with pytest.raises(chatbotkit.APIConnectionError) as info:
        await cbk.bot.fetch("b1")
    assert info.value.__context__ is None


async def test_retry_after_429_then_success() -> None:
    clock = FakeClock()
    seen, handler = recorder(
        httpx.Response(429, json={"code": "TOO_MANY_REQUESTS"}, headers={"retry-after": "0.01"}),
        httpx.Response(200, json={"id": "b1", "name": "ok"}),
    )
    async with client(handler, clock=clock) as cbk:
        bot = await cbk.bot.fetch("b1")
    assert bot.id == "b1" and len(seen) == 2 and clock.sleeps == [0.01]


# --------------------------------------------------------------------------- results


async def test_extra_fields_are_kept_and_drift_is_unset() -> None:
    _, handler = recorder(httpx.Response(200, json={"name": "n", "brandNew": [1]}))
    async with client(handler) as cbk:
        bot = await cbk.bot.fetch("b1")
    assert bot.additional_properties == {"brandNew": [1]}
    assert bot.name == "n"
    assert bot.id is UNSET  # required in the spec, omitted by the server: not invented
    assert bot.to_dict() == {"name": "n", "brandNew": [1]}


async def test_models_and_enums_accept_wire_forms() -> None:
    from chatbotkit_gen.models import BotVisibility, Meta

    seen, handler = recorder()
    async with client(handler) as cbk:
        await cbk.bot.create(name="a", meta={"k": "v"}, visibility="private")
        meta = Meta.from_dict({"k": "v"})
        await cbk.bot.create(name="a", meta=meta, visibility=BotVisibility("private"))
    assert json.loads(seen[0].content) == json.loads(seen[1].content)
    assert json.loads(seen[0].content) == {"name": "a", "meta": {"k": "v"}, "visibility": "private"}


async def test_query_params_deep_object_and_enum_strings() -> None:
    seen, handler = recorder(httpx.Response(200, json={"items": [], "cursor": ""}))
    async with client(handler) as cbk:
        await cbk.bot.list(take=5, order="asc", meta={"team": "a"})
    assert dict(seen[0].url.params) == {"take": "5", "order": "asc", "meta[team]": "a"}


def page(*ids: str) -> httpx.Response:
    return httpx.Response(200, json={"items": [{"id": i} for i in ids], "cursor": ""})


async def test_awaiting_a_paginator_gives_one_page() -> None:
    from chatbotkit_gen.models import BotPage

    seen, handler = recorder(page("a", "b"))
    async with client(handler) as cbk:
        first = await cbk.bot.list(take=2, cursor="z")
    assert isinstance(first, BotPage)
    assert [b.id for b in first.items] == ["a", "b"]
    assert [r.url.params.get("cursor") for r in seen] == ["z"]


async def test_paginator_walks_until_a_short_page() -> None:
    seen, handler = recorder(page("a", "b"), page("c", "d"), page("e"))
    async with client(handler) as cbk:
        ids = [b.id async for b in cbk.bot.list(take=2)]
    assert ids == ["a", "b", "c", "d", "e"]
    assert [r.url.params.get("cursor") for r in seen] == [None, "b", "d"]


async def test_paginator_stops_on_empty_page_and_detects_repeats() -> None:
    _, handler = recorder(page("a"), page())
    async with client(handler) as cbk:
        assert [b.id async for b in cbk.bot.list()] == ["a"]
    _, handler = recorder(page("a", "b"), page("a", "b"))
    async with client(handler) as cbk:
        with pytest.raises(RepeatedCursorError):
            [b async for b in cbk.bot.list(take=2)]


JSONL = (
    b'{"type":"token","data":{"token":"Hel"}}\n'
    b'{"type":"token","data":{"token":"lo"}}\n'
    b'{"type":"brandNewEvent","data":{"x":1}}\n'
    b'{"type":"result","data":{"text":"Hello"}}\n'
)


async def test_stream_yields_typed_events() -> None:
    from chatbotkit_gen.models import CompleteTokenEvent

    seen, handler = recorder(
        httpx.Response(200, content=JSONL, headers={"content-type": "application/jsonl"})
    )
    async with client(handler) as cbk:
        async with cbk.conversation.complete.stream("c1", text="Hi") as events:
            received = [event async for event in events]
        assert events.response.is_closed
    assert seen[0].headers["accept"] == "application/jsonl"
    assert json.loads(seen[0].content) == {"text": "Hi"}
    assert isinstance(received[0], CompleteTokenEvent) and received[0].data.token == "Hel"
    assert isinstance(received[2], UnknownEvent) and received[2].type == "brandNewEvent"
    assert len(received) == 4


async def test_stream_closes_on_break() -> None:
    _, handler = recorder(httpx.Response(200, content=JSONL))
    async with client(handler) as cbk:
        async with cbk.conversation.complete.stream(messages=[]) as events:
            async for _ in events:
                break
        assert events.response.is_closed


async def test_collection_form_of_merged_operation() -> None:
    seen, handler = recorder(httpx.Response(200, json={"text": "hi"}))
    async with client(handler) as cbk:
        result = await cbk.conversation.complete(messages=[{"type": "user", "text": "Hi"}])
    assert seen[0].url.path == "/v1/conversation/complete"
    assert result.to_dict()["text"] == "hi"


async def test_raw_response() -> None:
    _, handler = recorder(httpx.Response(200, json={"id": "b1"}, headers={"x-request-id": "r"}))
    async with client(handler) as cbk:
        raw = await cbk.with_raw_response(cbk.bot.fetch)("b1")
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "r"
    assert raw.http_response.request.url.path == "/v1/bot/b1/fetch"
    assert raw.parse().id == "b1"


async def test_bytes_download_and_csv_export() -> None:
    seen, handler = recorder(
        httpx.Response(200, content=b"\x00\x01binary"), httpx.Response(200, content=b"a,b\n")
    )
    async with client(handler) as cbk:
        assert await cbk.file.download("f1") == b"\x00\x01binary"
        assert await cbk.contact.export.csv() == b"a,b\n"
    assert seen[0].headers["accept"] == "application/octet-stream"
    assert seen[1].headers["accept"] == "text/csv"


async def test_download_stream() -> None:
    _, handler = recorder(httpx.Response(200, content=b"x" * 1000))
    async with client(handler) as cbk:
        async with cbk.file.download.stream("f1") as stream:
            data = b"".join([chunk async for chunk in stream])
    assert data == b"x" * 1000


async def test_upload_multipart_raw_and_json() -> None:
    seen, handler = recorder()
    async with client(handler) as cbk:
        await cbk.file.upload("f1", file=("a.txt", b"hello", "text/plain"))
        await cbk.file.upload("f1", file=b"raw bytes", raw=True)
        await cbk.file.upload("f1", file="https://example.com/a.txt")
    multipart, raw, url = seen
    content_type = multipart.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    assert "boundary=+++" not in content_type
    assert b'name="file"; filename="a.txt"' in multipart.content
    assert b"Content-Type: text/plain" in multipart.content and b"hello" in multipart.content
    assert raw.headers["content-type"] == "application/octet-stream"
    assert raw.content == b"raw bytes"
    assert json.loads(url.content) == {"file": "https://example.com/a.txt"}


def test_repr_hides_token() -> None:
    cbk = AsyncChatBotKit(token=TOKEN)
    assert TOKEN not in repr(cbk) and "api.chatbotkit.com" in repr(cbk)


def test_http2_requires_h2(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "h2", None)
    with pytest.raises(ConfigurationError, match="h2"):
        AsyncChatBotKit(token="t", http2=True)
