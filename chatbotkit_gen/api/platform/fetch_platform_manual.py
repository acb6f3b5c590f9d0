import json
from collections.abc import Callable
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.platform_manual import PlatformManual


def _get_kwargs(
    manual_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platform/manual/{manual_id}/fetch".format(
            manual_id=quote(str(manual_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Any | PlatformManual | None:
    if response.status_code == 200:
        response_200 = PlatformManual.from_dict(loads(response.content))

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    return None
