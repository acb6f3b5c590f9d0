from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.task_subscribe_request import TaskSubscribeRequest
from ...models.task_workflow_error_event import TaskWorkflowErrorEvent
from ...models.task_workflow_operation_begin_event import (
    TaskWorkflowOperationBeginEvent,
)
from ...models.task_workflow_operation_end_event import TaskWorkflowOperationEndEvent
from ...types import Response


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
    *, client: AuthenticatedClient | Client, response: httpx.Response
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

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    TaskWorkflowErrorEvent | TaskWorkflowOperationBeginEvent | TaskWorkflowOperationEndEvent
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient,
    body: TaskSubscribeRequest,
) -> Response[
    TaskWorkflowErrorEvent | TaskWorkflowOperationBeginEvent | TaskWorkflowOperationEndEvent
]:
    """
    Args:
        task_id (str):
        body (TaskSubscribeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaskWorkflowErrorEvent | TaskWorkflowOperationBeginEvent | TaskWorkflowOperationEndEvent]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient,
    body: TaskSubscribeRequest,
) -> (
    TaskWorkflowErrorEvent | TaskWorkflowOperationBeginEvent | TaskWorkflowOperationEndEvent | None
):
    """
    Args:
        task_id (str):
        body (TaskSubscribeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaskWorkflowErrorEvent | TaskWorkflowOperationBeginEvent | TaskWorkflowOperationEndEvent
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient,
    body: TaskSubscribeRequest,
) -> Response[
    TaskWorkflowErrorEvent | TaskWorkflowOperationBeginEvent | TaskWorkflowOperationEndEvent
]:
    """
    Args:
        task_id (str):
        body (TaskSubscribeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TaskWorkflowErrorEvent | TaskWorkflowOperationBeginEvent | TaskWorkflowOperationEndEvent]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient,
    body: TaskSubscribeRequest,
) -> (
    TaskWorkflowErrorEvent | TaskWorkflowOperationBeginEvent | TaskWorkflowOperationEndEvent | None
):
    """
    Args:
        task_id (str):
        body (TaskSubscribeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TaskWorkflowErrorEvent | TaskWorkflowOperationBeginEvent | TaskWorkflowOperationEndEvent
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            body=body,
        )
    ).parsed
