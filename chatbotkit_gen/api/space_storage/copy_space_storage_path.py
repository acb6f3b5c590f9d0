import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.space_storage_copy_request import SpaceStorageCopyRequest
from ...models.space_storage_copy_result import SpaceStorageCopyResult


def _get_kwargs(
    space_id: str,
    path: str,
    *,
    body: SpaceStorageCopyRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/space/{space_id}/storage/copy/{path}".format(
            space_id=quote(str(space_id), safe=""),
            path=quote(str(path), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> SpaceStorageCopyResult | None:
    if response.status_code == 200:
        response_200 = SpaceStorageCopyResult.from_dict(loads(response.content))

        return response_200

    return None
