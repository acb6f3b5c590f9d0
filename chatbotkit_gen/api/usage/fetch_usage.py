from typing import Any

import httpx

from ...models.usage_fetch_result import UsageFetchResult


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/usage/fetch",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> UsageFetchResult | None:
    if response.status_code == 200:
        response_200 = UsageFetchResult.from_dict(response.json())

        return response_200

    return None
