"""Helpers for the FastAPI example's tests: the app on uvicorn (loopback), SSE parsing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

from chatbotkit.emulator._server import serve_in_thread


@contextmanager
def serve_app(app: Any) -> Iterator[str]:
    """Run an ASGI app (lifespan on) with uvicorn on a free 127.0.0.1 port; yield its URL."""
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, lifespan="on", log_level="warning", log_config=None
    )
    with serve_in_thread(config, "fastapi-chat") as server:
        yield f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"


def sse_events(text: str) -> list[tuple[str, Any]]:
    """(event, parsed data) per SSE block; comment blocks are left out."""
    events = []
    for block in text.split("\n\n"):
        rows = [r for r in block.split("\n") if r and not r.startswith(":")]
        if rows:
            fields = dict(r.split(": ", 1) for r in rows)
            events.append((fields["event"], json.loads(fields["data"])))
    return events
