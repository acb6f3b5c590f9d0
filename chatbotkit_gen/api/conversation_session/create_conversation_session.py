import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.conversation_session_create_request import (
    ConversationSessionCreateRequest,
)
from ...models.conversation_session_create_result import ConversationSessionCreateResult


def _get_kwargs(
    conversation_id: str,
    *,
    body: ConversationSessionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/{conversation_id}/session/create".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> ConversationSessionCreateResult | None:
    if response.status_code == 200:
        response_200 = ConversationSessionCreateResult.from_dict(loads(response.content))

        return response_200

    return None
