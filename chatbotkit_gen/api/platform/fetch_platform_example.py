import json
from collections.abc import Callable
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.platform_example import PlatformExample


def _get_kwargs(
    example_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platform/example/{example_id}/fetch".format(
            example_id=quote(str(example_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Any | PlatformExample | None:
    if response.status_code == 200:
        response_200 = PlatformExample.from_dict(loads(response.content))

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    return None
