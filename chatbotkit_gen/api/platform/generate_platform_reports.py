import json
from collections.abc import Callable
from typing import Any

import httpx

from ...models.generate_platform_reports_request import GeneratePlatformReportsRequest
from ...models.generate_platform_reports_result import GeneratePlatformReportsResult


def _get_kwargs(
    *,
    body: GeneratePlatformReportsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/platform/report/generate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> GeneratePlatformReportsResult | None:
    if response.status_code == 200:
        response_200 = GeneratePlatformReportsResult.from_dict(loads(response.content))

        return response_200

    return None
