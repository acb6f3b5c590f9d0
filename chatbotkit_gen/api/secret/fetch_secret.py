import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.secret import Secret


def _get_kwargs(
    secret_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/secret/{secret_id}/fetch".format(
            secret_id=quote(str(secret_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Secret | None:
    if response.status_code == 200:
        response_200 = Secret.from_dict(loads(response.content))

        return response_200

    return None
