import json
from collections.abc import Callable
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...models.file_download_result import FileDownloadResult


def _get_kwargs(
    file_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/file/{file_id}/download".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Any | FileDownloadResult | None:
    if response.status_code == 200:
        response_200 = FileDownloadResult.from_dict(loads(response.content))

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    return None
