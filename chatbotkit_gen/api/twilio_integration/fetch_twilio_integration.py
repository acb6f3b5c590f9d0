import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.integration_twilio import IntegrationTwilio


def _get_kwargs(
    twilio_integration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integration/twilio/{twilio_integration_id}/fetch".format(
            twilio_integration_id=quote(str(twilio_integration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> IntegrationTwilio | None:
    if response.status_code == 200:
        response_200 = IntegrationTwilio.from_dict(loads(response.content))

        return response_200

    return None
