import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.conversation import Conversation


def _get_kwargs(
    conversation_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversation/{conversation_id}/fetch".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Conversation | None:
    if response.status_code == 200:
        response_200 = Conversation.from_dict(loads(response.content))

        return response_200

    return None
