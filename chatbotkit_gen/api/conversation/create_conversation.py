import json
from collections.abc import Callable
from typing import Any

import httpx

from ...models.conversation_create_request import ConversationCreateRequest
from ...models.conversation_create_result import ConversationCreateResult


def _get_kwargs(
    *,
    body: ConversationCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> ConversationCreateResult | None:
    if response.status_code == 200:
        response_200 = ConversationCreateResult.from_dict(loads(response.content))

        return response_200

    return None
