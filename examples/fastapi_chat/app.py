"""A FastAPI chat backend on chatbotkit: stream a bot's reply to the browser as SSE.

- The lifespan owns one ``AsyncChatBotKit`` (one connection pool for the whole app).
- ``POST /chat/{conversation_id}`` opens the upstream stream *before* answering, so an
  upstream error (unknown conversation, rate limit...) is a clean HTTP answer; then it
  re-streams the events as Server-Sent Events. The response body owns the stream and closes
  it when it ends, the browser goes away, or the request is cancelled.
- ``GET /conversations?cursor=...`` pages through conversations with the API's cursor.
- Exception handlers map the SDK's typed errors to HTTP answers (404 -> 404, 429 -> 429 with
  Retry-After, a bad upstream token -> 502, ...).
- ``GET /`` serves the one-page chat UI (``index.html``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask

import chatbotkit

PAGE = Path(__file__).with_name("index.html")


class ChatRequest(BaseModel):
    """What the page posts: the user's message."""

    text: str = Field(min_length=1, max_length=20_000)


def cbk(request: Request) -> chatbotkit.AsyncChatBotKit:
    """The app's client (created by the lifespan)."""
    client: chatbotkit.AsyncChatBotKit = request.app.state.cbk
    return client


def create_app(**client_options: Any) -> FastAPI:
    """The app; ``client_options`` go to ``AsyncChatBotKit`` (token, base_url, transport...)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with chatbotkit.AsyncChatBotKit(**client_options) as client:
            app.state.cbk = client
            yield

    app = FastAPI(title="chatbotkit FastAPI chat", lifespan=lifespan)
    app.add_exception_handler(chatbotkit.ChatBotKitError, sdk_error)

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(PAGE, media_type="text/html")

    @app.post("/conversations")
    async def new_conversation(request: Request) -> dict[str, Any]:
        conversation = await cbk(request).conversation.create()
        return {"id": conversation.id}

    @app.get("/conversations")
    async def conversations(
        request: Request,
        cursor: str | None = None,
        take: int = Query(default=20, ge=1, le=100),
    ) -> dict[str, Any]:
        options: dict[str, Any] = {"take": take, "order": "desc"}
        if cursor:
            options["cursor"] = cursor
        page = await cbk(request).conversation.list(**options)
        items = [{"id": c.id, "name": c.name or None} for c in page.items]
        next_cursor = items[-1]["id"] if len(items) == take else None
        return {"items": items, "next_cursor": next_cursor}

    @app.post("/chat/{conversation_id}")
    async def chat(conversation_id: str, body: ChatRequest, request: Request) -> StreamingResponse:
        stream = cbk(request).conversation.complete.stream(conversation_id, text=body.text)
        await stream.open()  # upstream errors raise here, before any byte is sent
        return StreamingResponse(
            chatbotkit.to_sse(stream, keepalive=15),
            media_type="text/event-stream",
            headers=chatbotkit.SSE_HEADERS,
            # Also closes the stream when the body is abandoned between two events.
            background=BackgroundTask(stream.aclose),
        )

    return app


def _status_for(exc: chatbotkit.ChatBotKitError) -> int:
    if isinstance(exc, chatbotkit.APITimeoutError):
        return 504
    if isinstance(exc, chatbotkit.APIStatusError):
        if exc.status_code in (400, 404, 409, 429):
            return exc.status_code  # the caller's request or load: say so
        return 502  # upstream auth, subscription or server trouble: ours, not the caller's
    return 502


async def sdk_error(request: Request, exc: Exception) -> JSONResponse:
    """A typed SDK error raised before the response started, as a JSON HTTP answer."""
    assert isinstance(exc, chatbotkit.ChatBotKitError)
    status = _status_for(exc)
    code = getattr(exc, "code", None) or type(exc).__name__
    message = getattr(exc, "message", None) or "Upstream error"
    if status >= 500:  # the upstream's trouble: no details for the browser
        code, message = ("UPSTREAM_TIMEOUT" if status == 504 else "BAD_GATEWAY"), "Upstream error"
    headers = {}
    if isinstance(exc, chatbotkit.APIStatusError) and status == 429:
        retry_after = exc.headers.get("retry-after")
        headers["Retry-After"] = retry_after if retry_after else "1"
    return JSONResponse({"error": {"code": code, "message": message}}, status, headers=headers)
