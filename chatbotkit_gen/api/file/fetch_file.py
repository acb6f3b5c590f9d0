import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.file import File


def _get_kwargs(
    file_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/file/{file_id}/fetch".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> File | None:
    if response.status_code == 200:
        response_200 = File.from_dict(loads(response.content))

        return response_200

    return None
