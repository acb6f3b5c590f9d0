import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.integration_support_trigger_request import (
    IntegrationSupportTriggerRequest,
)
from ...models.integration_support_trigger_result import IntegrationSupportTriggerResult


def _get_kwargs(
    support_integration_id: str,
    *,
    body: IntegrationSupportTriggerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration/support/{support_integration_id}/trigger".format(
            support_integration_id=quote(str(support_integration_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> IntegrationSupportTriggerResult | None:
    if response.status_code == 200:
        response_200 = IntegrationSupportTriggerResult.from_dict(loads(response.content))

        return response_200

    return None
