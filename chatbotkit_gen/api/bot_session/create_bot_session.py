import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.bot_session_create_request import BotSessionCreateRequest
from ...models.bot_session_create_result import BotSessionCreateResult


def _get_kwargs(
    bot_id: str,
    *,
    body: BotSessionCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bot/{bot_id}/session/create".format(
            bot_id=quote(str(bot_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> BotSessionCreateResult | None:
    if response.status_code == 200:
        response_200 = BotSessionCreateResult.from_dict(loads(response.content))

        return response_200

    return None
