import json
from collections.abc import Callable
from typing import Any

import httpx

from ...models.platform_ability_search_request import PlatformAbilitySearchRequest
from ...models.platform_ability_search_result import PlatformAbilitySearchResult


def _get_kwargs(
    *,
    body: PlatformAbilitySearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/platform/ability/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> PlatformAbilitySearchResult | None:
    if response.status_code == 200:
        response_200 = PlatformAbilitySearchResult.from_dict(loads(response.content))

        return response_200

    return None
