import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.dataset_file_attach_request import DatasetFileAttachRequest
from ...models.id_result import IdResult


def _get_kwargs(
    dataset_id: str,
    file_id: str,
    *,
    body: DatasetFileAttachRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/dataset/{dataset_id}/file/{file_id}/attach".format(
            dataset_id=quote(str(dataset_id), safe=""),
            file_id=quote(str(file_id), safe=""),
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
