import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.integration_whatsapp import IntegrationWhatsapp


def _get_kwargs(
    whatsapp_integration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integration/whatsapp/{whatsapp_integration_id}/fetch".format(
            whatsapp_integration_id=quote(str(whatsapp_integration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> IntegrationWhatsapp | None:
    if response.status_code == 200:
        response_200 = IntegrationWhatsapp.from_dict(loads(response.content))

        return response_200

    return None
