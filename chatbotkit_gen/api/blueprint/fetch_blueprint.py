import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.blueprint import Blueprint


def _get_kwargs(
    blueprint_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/blueprint/{blueprint_id}/fetch".format(
            blueprint_id=quote(str(blueprint_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Blueprint | None:
    if response.status_code == 200:
        response_200 = Blueprint.from_dict(loads(response.content))

        return response_200

    return None
