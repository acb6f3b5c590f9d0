import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.conversation_receive_request import ConversationReceiveRequest
from ...models.conversation_receive_result import ConversationReceiveResult


def _get_kwargs(
    conversation_id: str,
    *,
    body: ConversationReceiveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/{conversation_id}/receive".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> ConversationReceiveResult | None:
    if response.status_code == 200:
        response_200 = ConversationReceiveResult.from_dict(loads(response.content))

        return response_200

    return None
