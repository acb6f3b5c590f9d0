import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.integration_sitemap import IntegrationSitemap


def _get_kwargs(
    sitemap_integration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integration/sitemap/{sitemap_integration_id}/fetch".format(
            sitemap_integration_id=quote(str(sitemap_integration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> IntegrationSitemap | None:
    if response.status_code == 200:
        response_200 = IntegrationSitemap.from_dict(loads(response.content))

        return response_200

    return None
