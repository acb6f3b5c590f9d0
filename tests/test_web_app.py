"""The FastAPI example app (examples/fastapi_chat): through an ASGI transport and on loopback
with uvicorn, against the emulator (in process, or on loopback where sockets matter)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest

from chatbotkit.emulator import IN_PROCESS_BASE_URL, Emulator, FaultRule, run_emulator_server
from examples.fastapi_chat.app import create_app
from tests._paths import OPENAPI
from tests._poll import settled
from tests._web import serve_app, sse_events

LONG = "Tell me a rather long story about streams, please, with many words in it"
COMPLETE = "/conversation/*/complete"


@asynccontextmanager
async def app_client(**client_options: Any) -> AsyncIterator[httpx.AsyncClient]:
    """The app with its lifespan running, called through ``httpx.ASGITransport``."""
    app = create_app(max_retries=0, **client_options)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://app") as client:
            yield client


def in_process(emu: Emulator) -> dict[str, Any]:
    return {"token": emu.token, "base_url": IN_PROCESS_BASE_URL, "transport": emu.transport()}


@pytest.fixture
def emu() -> Emulator:
    return Emulator(spec=OPENAPI)


# -- through the ASGI transport -----------------------------------------------------------------


async def test_chat_streams_tokens_as_sse(emu: Emulator) -> None:
    async with app_client(**in_process(emu)) as client:
        convo = (await client.post("/conversations")).json()["id"]
        response = await client.post(f"/chat/{convo}", json={"text": "Hello there"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert response.headers["cache-control"] == "no-cache"
    events = sse_events(response.text)
    tokens = [data["data"]["token"] for name, data in events if name == "token"]
    assert len(tokens) > 3 and [name for name, _ in events][-1] == "result"
    assert "".join(tokens) == events[-1][1]["data"]["text"]


async def test_upstream_404_before_streaming_is_an_http_404_with_json(emu: Emulator) -> None:
    async with app_client(**in_process(emu)) as client:
        response = await client.post("/chat/no-such-conversation", json={"text": "Hi"})
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"]["code"] == "NOT_FOUND"


async def test_upstream_429_is_a_429_with_retry_after(emu: Emulator) -> None:
    async with app_client(**in_process(emu)) as client:
        convo = (await client.post("/conversations")).json()["id"]
        emu.faults.add(FaultRule.rate_limit(COMPLETE, retry_after=7))
        response = await client.post(f"/chat/{convo}", json={"text": "Hi"})
    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    assert response.json()["error"]["code"] == "TOO_MANY_REQUESTS"


async def test_bad_upstream_token_is_a_502_without_details(emu: Emulator) -> None:
    options = {**in_process(emu), "token": "not-a-valid-token"}
    async with app_client(**options) as client:
        response = await client.post("/conversations")
    assert response.status_code == 502
    assert response.json() == {"error": {"code": "BAD_GATEWAY", "message": "Upstream error"}}


async def test_invalid_chat_body_is_a_422(emu: Emulator) -> None:
    async with app_client(**in_process(emu)) as client:
        response = await client.post("/chat/c1", json={"text": ""})
    assert response.status_code == 422


async def test_conversations_page_with_a_cursor(emu: Emulator) -> None:
    async with app_client(**in_process(emu)) as client:
        made = {(await client.post("/conversations")).json()["id"] for _ in range(5)}
        seen: list[str] = []
        pages, cursor = 0, None
        while True:
            params = {"take": 2, **({"cursor": cursor} if cursor else {})}
            body = (await client.get("/conversations", params=params)).json()
            seen += [item["id"] for item in body["items"]]
            pages += 1
            cursor = body["next_cursor"]
            if cursor is None:
                break
    assert sorted(seen) == sorted(made) and len(seen) == 5 and pages == 3


async def test_page_is_served(emu: Emulator) -> None:
    async with app_client(**in_process(emu)) as client:
        response = await client.get("/")
    assert response.status_code == 200 and "text/html" in response.headers["content-type"]
    assert 'id="text"' in response.text


async def test_upstream_failure_mid_stream_is_a_final_sse_error_event() -> None:
    emu = Emulator(spec=OPENAPI)
    with run_emulator_server(emu) as server:
        async with app_client(token=server.token, base_url=server.base_url) as client:
            convo = (await client.post("/conversations")).json()["id"]
            emu.faults.add(FaultRule.stream_reset(COMPLETE, after=3))
            response = await client.post(f"/chat/{convo}", json={"text": LONG})
    assert response.status_code == 200
    events = sse_events(response.text)
    assert [name for name, _ in events] == ["token", "token", "token", "error"]
    assert events[-1][1]["data"]["code"] == "UPSTREAM_UNAVAILABLE"


# -- on loopback with uvicorn ---------------------------------------------------------------------


async def test_chat_on_loopback_streams_token_by_token() -> None:
    emu = Emulator(spec=OPENAPI, token_delay=0.01)
    with (
        run_emulator_server(emu) as upstream,
        serve_app(create_app(token=upstream.token, base_url=upstream.base_url)) as url,
    ):
        async with httpx.AsyncClient(base_url=url) as client:
            convo = (await client.post("/conversations")).json()["id"]
            chunks: list[bytes] = []
            async with client.stream("POST", f"/chat/{convo}", json={"text": LONG}) as response:
                assert response.status_code == 200
                async for chunk in response.aiter_bytes():
                    chunks.append(chunk)
    events = sse_events(b"".join(chunks).decode())
    assert events[-1][0] == "result" and len(chunks) > 3  # arrived in pieces, not at once


async def test_client_disconnect_after_three_tokens_closes_the_upstream() -> None:
    emu = Emulator(spec=OPENAPI, token_delay=0.25)  # the reply takes seconds to finish
    with (
        run_emulator_server(emu) as upstream,
        serve_app(create_app(token=upstream.token, base_url=upstream.base_url)) as url,
    ):
        async with httpx.AsyncClient(base_url=url) as client:
            convo = (await client.post("/conversations")).json()["id"]
            tokens = 0
            async with client.stream("POST", f"/chat/{convo}", json={"text": LONG}) as response:
                async for line in response.aiter_lines():
                    tokens += line == "event: token"
                    if tokens == 3:
                        break
            # the app's pool reuses its one connection to the emulator for the stream
            assert emu.stats.open_streams == 1 and upstream.open_connections == 1
        # the browser is gone: the app must close its upstream response, and fast
        closed = await settled(
            lambda: emu.stats.open_streams == 0 and upstream.open_connections == 0, within=1.0
        )
    assert closed, (emu.stats.open_streams, "upstream stream still open 1 s after the disconnect")
