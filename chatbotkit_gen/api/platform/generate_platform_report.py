import json
from collections.abc import Callable
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.platform_report_generate_request import PlatformReportGenerateRequest
from ...models.platform_report_generate_result import PlatformReportGenerateResult


def _get_kwargs(
    report_id: str,
    *,
    body: PlatformReportGenerateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/platform/report/{report_id}/generate".format(
            report_id=quote(str(report_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Any | PlatformReportGenerateResult | None:
    if response.status_code == 200:
        response_200 = PlatformReportGenerateResult.from_dict(loads(response.content))

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    return None
