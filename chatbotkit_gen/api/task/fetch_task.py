import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.task import Task


def _get_kwargs(
    task_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/task/{task_id}/fetch".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Task | None:
    if response.status_code == 200:
        response_200 = Task.from_dict(loads(response.content))

        return response_200

    return None
