import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.task_subscribe_request import TaskSubscribeRequest
from ...models.task_workflow_error_event import TaskWorkflowErrorEvent
from ...models.task_workflow_operation_begin_event import (
    TaskWorkflowOperationBeginEvent,
)
from ...models.task_workflow_operation_end_event import TaskWorkflowOperationEndEvent


def _get_kwargs(
    task_id: str,
    *,
    body: TaskSubscribeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/task/{task_id}/subscribe".format(
            task_id=quote(str(task_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> (
    TaskWorkflowErrorEvent | TaskWorkflowOperationBeginEvent | TaskWorkflowOperationEndEvent | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> (
            TaskWorkflowErrorEvent | TaskWorkflowOperationBeginEvent | TaskWorkflowOperationEndEvent
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_task_subscribe_event_type_0 = (
                    TaskWorkflowOperationBeginEvent.from_dict(data)
                )

                return componentsschemas_task_subscribe_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_task_subscribe_event_type_1 = (
                    TaskWorkflowOperationEndEvent.from_dict(data)
                )

                return componentsschemas_task_subscribe_event_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_task_subscribe_event_type_2 = TaskWorkflowErrorEvent.from_dict(data)

            return componentsschemas_task_subscribe_event_type_2

        response_200 = _parse_response_200(loads(response.content))

        return response_200

    return None
