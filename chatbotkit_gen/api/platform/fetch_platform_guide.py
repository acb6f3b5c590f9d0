import json
from collections.abc import Callable
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.platform_guide import PlatformGuide


def _get_kwargs(
    guide_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platform/guide/{guide_id}/fetch".format(
            guide_id=quote(str(guide_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Any | PlatformGuide | None:
    if response.status_code == 200:
        response_200 = PlatformGuide.from_dict(loads(response.content))

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    return None
