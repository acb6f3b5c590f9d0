import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.policy import Policy


def _get_kwargs(
    policy_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/policy/{policy_id}/fetch".format(
            policy_id=quote(str(policy_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Policy | None:
    if response.status_code == 200:
        response_200 = Policy.from_dict(loads(response.content))

        return response_200

    return None
