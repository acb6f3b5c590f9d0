import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.id_result import IdResult
from ...models.space_site_create_request import SpaceSiteCreateRequest


def _get_kwargs(
    space_id: str,
    *,
    body: SpaceSiteCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/space/{space_id}/site/create".format(
            space_id=quote(str(space_id), safe=""),
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
