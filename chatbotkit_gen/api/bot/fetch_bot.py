import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.bot import Bot


def _get_kwargs(
    bot_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/bot/{bot_id}/fetch".format(
            bot_id=quote(str(bot_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Bot | None:
    if response.status_code == 200:
        response_200 = Bot.from_dict(loads(response.content))

        return response_200

    return None
