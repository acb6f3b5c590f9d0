import json
from collections.abc import Callable
from typing import Any

import httpx

from ...models.usage_series import UsageSeries


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/usage/series/fetch",
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> UsageSeries | None:
    if response.status_code == 200:
        response_200 = UsageSeries.from_dict(loads(response.content))

        return response_200

    return None
