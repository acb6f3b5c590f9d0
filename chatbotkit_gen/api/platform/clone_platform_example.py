import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.platform_example_clone_request import PlatformExampleCloneRequest
from ...models.platform_example_clone_result import PlatformExampleCloneResult


def _get_kwargs(
    example_id: str,
    *,
    body: PlatformExampleCloneRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/platform/example/{example_id}/clone".format(
            example_id=quote(str(example_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> PlatformExampleCloneResult | None:
    if response.status_code == 200:
        response_200 = PlatformExampleCloneResult.from_dict(loads(response.content))

        return response_200

    return None
