import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.conversation_message_synthesize_request import (
    ConversationMessageSynthesizeRequest,
)
from ...models.id_result import IdResult


def _get_kwargs(
    conversation_id: str,
    message_id: str,
    *,
    body: ConversationMessageSynthesizeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/{conversation_id}/message/{message_id}/synthesize".format(
            conversation_id=quote(str(conversation_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> IdResult | None:
    if response.status_code == 200:
        response_200 = IdResult.from_dict(loads(response.content))

        return response_200

    return None
