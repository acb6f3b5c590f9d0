import json
from collections.abc import Callable
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.platform_doc import PlatformDoc


def _get_kwargs(
    doc_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platform/doc/{doc_id}/fetch".format(
            doc_id=quote(str(doc_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Any | PlatformDoc | None:
    if response.status_code == 200:
        response_200 = PlatformDoc.from_dict(loads(response.content))

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    return None
