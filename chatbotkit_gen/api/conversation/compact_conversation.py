import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.conversation_compact_result import ConversationCompactResult


def _get_kwargs(
    conversation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/{conversation_id}/compact".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> ConversationCompactResult | None:
    if response.status_code == 200:
        response_200 = ConversationCompactResult.from_dict(loads(response.content))

        return response_200

    return None
