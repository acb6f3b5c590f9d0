import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.conversation_send_request import ConversationSendRequest
from ...models.conversation_send_result import ConversationSendResult


def _get_kwargs(
    conversation_id: str,
    *,
    body: ConversationSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/{conversation_id}/send".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> ConversationSendResult | None:
    if response.status_code == 200:
        response_200 = ConversationSendResult.from_dict(loads(response.content))

        return response_200

    return None
