import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.space_storage_page import SpaceStoragePage
from ...types import UNSET, Unset


def _get_kwargs(
    space_id: str,
    path: str,
    *,
    recursive: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["recursive"] = recursive

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/space/{space_id}/storage/list/{path}".format(
            space_id=quote(str(space_id), safe=""),
            path=quote(str(path), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> SpaceStoragePage | None:
    if response.status_code == 200:
        response_200 = SpaceStoragePage.from_dict(loads(response.content))

        return response_200

    return None
