import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.integration_support import IntegrationSupport


def _get_kwargs(
    support_integration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integration/support/{support_integration_id}/fetch".format(
            support_integration_id=quote(str(support_integration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> IntegrationSupport | None:
    if response.status_code == 200:
        response_200 = IntegrationSupport.from_dict(loads(response.content))

        return response_200

    return None
