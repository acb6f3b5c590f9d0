"""Shared test helpers: a client over ``httpx.MockTransport`` that records what it sent."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from chatbotkit import AsyncChatBotKit

TOKEN = "tok_secret_abcdef0123456789"
Handler = Callable[[httpx.Request], httpx.Response]


def client(handler: Handler, **kwargs: Any) -> AsyncChatBotKit:
    """A client whose requests go to ``handler``; ``token`` defaults to :data:`TOKEN`."""
    kwargs.setdefault("token", TOKEN)
    return AsyncChatBotKit(transport=httpx.MockTransport(handler), **kwargs)


def recorder(
    *responses: httpx.Response | Handler,
) -> tuple[list[httpx.Request], Handler]:
    """A handler answering with ``responses`` in turn (the last one repeats; none: ``{"id": "x"}``)
    and the list of requests it saw."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        item = responses[min(len(seen), len(responses)) - 1] if responses else None
        if item is None:
            return httpx.Response(200, json={"id": "x"})
        return item(request) if callable(item) else item

    return seen, handler


def jsonl(*values: Any) -> bytes:
    """A JSONL body: one compact JSON value per line."""
    return b"".join(json.dumps(value).encode() + b"\n" for value in values)
