import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.task_execution_cancel_request import TaskExecutionCancelRequest
from ...models.task_execution_cancel_result import TaskExecutionCancelResult


def _get_kwargs(
    task_id: str,
    task_execution_id: str,
    *,
    body: TaskExecutionCancelRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/task/{task_id}/execution/{task_execution_id}/cancel".format(
            task_id=quote(str(task_id), safe=""),
            task_execution_id=quote(str(task_execution_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> TaskExecutionCancelResult | None:
    if response.status_code == 200:
        response_200 = TaskExecutionCancelResult.from_dict(loads(response.content))

        return response_200

    return None
