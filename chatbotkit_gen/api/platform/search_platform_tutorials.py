import json
from collections.abc import Callable
from typing import Any

import httpx

from ...models.platform_tutorial_search_request import PlatformTutorialSearchRequest
from ...models.platform_tutorial_search_result import PlatformTutorialSearchResult


def _get_kwargs(
    *,
    body: PlatformTutorialSearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/platform/tutorial/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> PlatformTutorialSearchResult | None:
    if response.status_code == 200:
        response_200 = PlatformTutorialSearchResult.from_dict(loads(response.content))

        return response_200

    return None
