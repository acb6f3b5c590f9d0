import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.integration_notion import IntegrationNotion


def _get_kwargs(
    notion_integration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integration/notion/{notion_integration_id}/fetch".format(
            notion_integration_id=quote(str(notion_integration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> IntegrationNotion | None:
    if response.status_code == 200:
        response_200 = IntegrationNotion.from_dict(loads(response.content))

        return response_200

    return None
