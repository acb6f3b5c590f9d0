import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.conversation_dispatch_request import ConversationDispatchRequest
from ...models.conversation_dispatch_result import ConversationDispatchResult
from ...types import UNSET, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    body: ConversationDispatchRequest,
    x_timezone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_timezone, Unset):
        headers["X-Timezone"] = x_timezone

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/{conversation_id}/dispatch".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> ConversationDispatchResult | None:
    if response.status_code == 200:
        response_200 = ConversationDispatchResult.from_dict(loads(response.content))

        return response_200

    return None
