import json
from collections.abc import Callable
from typing import Any

import httpx

from ...models.usage_fetch_result import UsageFetchResult


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/usage/fetch",
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> UsageFetchResult | None:
    if response.status_code == 200:
        response_200 = UsageFetchResult.from_dict(loads(response.content))

        return response_200

    return None
