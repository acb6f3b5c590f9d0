import json
from collections.abc import Callable
from typing import Any

import httpx

from ...models.memory_search_request import MemorySearchRequest
from ...models.memory_search_result import MemorySearchResult


def _get_kwargs(
    *,
    body: MemorySearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/memory/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> MemorySearchResult | None:
    if response.status_code == 200:
        response_200 = MemorySearchResult.from_dict(loads(response.content))

        return response_200

    return None
