import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.dataset_search_request import DatasetSearchRequest
from ...models.dataset_search_result import DatasetSearchResult


def _get_kwargs(
    dataset_id: str,
    *,
    body: DatasetSearchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dataset/{dataset_id}/search".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> DatasetSearchResult | None:
    if response.status_code == 200:
        response_200 = DatasetSearchResult.from_dict(loads(response.content))

        return response_200

    return None
