import json
from collections.abc import Callable
from typing import Any

import httpx

from ...models.platform_guide_search_request import PlatformGuideSearchRequest
from ...models.platform_guide_search_result import PlatformGuideSearchResult


def _get_kwargs(
    *,
    body: PlatformGuideSearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/platform/guide/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> PlatformGuideSearchResult | None:
    if response.status_code == 200:
        response_200 = PlatformGuideSearchResult.from_dict(loads(response.content))

        return response_200

    return None
