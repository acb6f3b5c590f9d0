import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.space_storage_download_result import SpaceStorageDownloadResult


def _get_kwargs(
    space_id: str,
    path: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/space/{space_id}/storage/download/{path}".format(
            space_id=quote(str(space_id), safe=""),
            path=quote(str(path), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> SpaceStorageDownloadResult | None:
    if response.status_code == 200:
        response_200 = SpaceStorageDownloadResult.from_dict(loads(response.content))

        return response_200

    return None
