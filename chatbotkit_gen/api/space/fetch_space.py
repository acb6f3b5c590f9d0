import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.space import Space


def _get_kwargs(
    space_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/space/{space_id}/fetch".format(
            space_id=quote(str(space_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Space | None:
    if response.status_code == 200:
        response_200 = Space.from_dict(loads(response.content))

        return response_200

    return None
