import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.dataset import Dataset


def _get_kwargs(
    dataset_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dataset/{dataset_id}/fetch".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Dataset | None:
    if response.status_code == 200:
        response_200 = Dataset.from_dict(loads(response.content))

        return response_200

    return None
