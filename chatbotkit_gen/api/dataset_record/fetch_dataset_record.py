import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.dataset_record import DatasetRecord


def _get_kwargs(
    dataset_id: str,
    record_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dataset/{dataset_id}/record/{record_id}/fetch".format(
            dataset_id=quote(str(dataset_id), safe=""),
            record_id=quote(str(record_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> DatasetRecord | None:
    if response.status_code == 200:
        response_200 = DatasetRecord.from_dict(loads(response.content))

        return response_200

    return None
