import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.contact_memory_search_request import ContactMemorySearchRequest
from ...models.contact_memory_search_result import ContactMemorySearchResult


def _get_kwargs(
    contact_id: str,
    *,
    body: ContactMemorySearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/{contact_id}/memory/search".format(
            contact_id=quote(str(contact_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> ContactMemorySearchResult | None:
    if response.status_code == 200:
        response_200 = ContactMemorySearchResult.from_dict(loads(response.content))

        return response_200

    return None
