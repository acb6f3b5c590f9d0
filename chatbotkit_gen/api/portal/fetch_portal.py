import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.portal import Portal


def _get_kwargs(
    portal_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portal/{portal_id}/fetch".format(
            portal_id=quote(str(portal_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Portal | None:
    if response.status_code == 200:
        response_200 = Portal.from_dict(loads(response.content))

        return response_200

    return None
