import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.blueprint_resource_import_request import BlueprintResourceImportRequest


def _get_kwargs(
    blueprint_id: str,
    *,
    body: BlueprintResourceImportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/blueprint/{blueprint_id}/resource/import".format(
            blueprint_id=quote(str(blueprint_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Any | None:
    if response.status_code == 200:
        return None

    return None
