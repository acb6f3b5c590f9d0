from typing import Any

import httpx

from ...models.usage_series import UsageSeries


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/usage/series/fetch",
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> UsageSeries | None:
    if response.status_code == 200:
        response_200 = UsageSeries.from_dict(response.json())

        return response_200

    return None
