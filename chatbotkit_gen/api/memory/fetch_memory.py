import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.memory import Memory


def _get_kwargs(
    memory_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/memory/{memory_id}/fetch".format(
            memory_id=quote(str(memory_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Memory | None:
    if response.status_code == 200:
        response_200 = Memory.from_dict(loads(response.content))

        return response_200

    return None
