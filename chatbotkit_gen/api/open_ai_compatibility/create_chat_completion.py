import json
from collections.abc import Callable
from typing import Any

import httpx

from ...models.openai_chat_completions_request import OpenaiChatCompletionsRequest


def _get_kwargs(
    *,
    body: OpenaiChatCompletionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openai/chat/completions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Any | None:
    if response.status_code == 200:
        return None

    return None
