import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.id_result import IdResult
from ...models.integration_twilio_initiate_request import (
    IntegrationTwilioInitiateRequest,
)


def _get_kwargs(
    twilio_integration_id: str,
    *,
    body: IntegrationTwilioInitiateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration/twilio/{twilio_integration_id}/initiate".format(
            twilio_integration_id=quote(str(twilio_integration_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> IdResult | None:
    if response.status_code == 200:
        response_200 = IdResult.from_dict(loads(response.content))

        return response_200

    return None
