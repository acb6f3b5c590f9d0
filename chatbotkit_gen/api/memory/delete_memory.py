import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.id_result import IdResult
from ...models.memory_delete_request import MemoryDeleteRequest


def _get_kwargs(
    memory_id: str,
    *,
    body: MemoryDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/memory/{memory_id}/delete".format(
            memory_id=quote(str(memory_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> IdResult | None:
    if response.status_code == 200:
        response_200 = IdResult.from_dict(loads(response.content))

        return response_200

    return None
