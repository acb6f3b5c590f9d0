import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.integration_extract_trigger_request import (
    IntegrationExtractTriggerRequest,
)
from ...models.integration_extract_trigger_result import IntegrationExtractTriggerResult


def _get_kwargs(
    extract_integration_id: str,
    *,
    body: IntegrationExtractTriggerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration/extract/{extract_integration_id}/trigger".format(
            extract_integration_id=quote(str(extract_integration_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> IntegrationExtractTriggerResult | None:
    if response.status_code == 200:
        response_200 = IntegrationExtractTriggerResult.from_dict(loads(response.content))

        return response_200

    return None
