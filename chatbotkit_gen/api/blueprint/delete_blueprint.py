import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.blueprint_delete_request import BlueprintDeleteRequest
from ...models.id_result import IdResult


def _get_kwargs(
    blueprint_id: str,
    *,
    body: BlueprintDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/blueprint/{blueprint_id}/delete".format(
            blueprint_id=quote(str(blueprint_id), safe=""),
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
