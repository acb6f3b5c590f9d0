from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_task_executions_meta import ListTaskExecutionsMeta
from ...models.list_task_executions_order import ListTaskExecutionsOrder
from ...models.list_task_executions_response_200 import ListTaskExecutionsResponse200
from ...models.list_task_executions_status import ListTaskExecutionsStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    task_id: str,
    *,
    cursor: str | Unset = UNSET,
    order: ListTaskExecutionsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    status: ListTaskExecutionsStatus | Unset = UNSET,
    meta: ListTaskExecutionsMeta | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["take"] = take

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_meta: dict[str, Any] | Unset = UNSET
    if not isinstance(meta, Unset):
        json_meta = meta.to_dict()
    if not isinstance(json_meta, Unset):
        params.update({f"meta.{key}": value for key, value in json_meta.items()})

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/task/{task_id}/execution/list".format(
            task_id=quote(str(task_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListTaskExecutionsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListTaskExecutionsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListTaskExecutionsResponse200]:
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
    cursor: str | Unset = UNSET,
    order: ListTaskExecutionsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    status: ListTaskExecutionsStatus | Unset = UNSET,
    meta: ListTaskExecutionsMeta | Unset = UNSET,
) -> Response[ListTaskExecutionsResponse200]:
    """
    Args:
        task_id (str):
        cursor (str | Unset):
        order (ListTaskExecutionsOrder | Unset):
        take (int | Unset):
        status (ListTaskExecutionsStatus | Unset):
        meta (ListTaskExecutionsMeta | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTaskExecutionsResponse200]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        cursor=cursor,
        order=order,
        take=take,
        status=status,
        meta=meta,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    task_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListTaskExecutionsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    status: ListTaskExecutionsStatus | Unset = UNSET,
    meta: ListTaskExecutionsMeta | Unset = UNSET,
) -> ListTaskExecutionsResponse200 | None:
    """
    Args:
        task_id (str):
        cursor (str | Unset):
        order (ListTaskExecutionsOrder | Unset):
        take (int | Unset):
        status (ListTaskExecutionsStatus | Unset):
        meta (ListTaskExecutionsMeta | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTaskExecutionsResponse200
    """

    return sync_detailed(
        task_id=task_id,
        client=client,
        cursor=cursor,
        order=order,
        take=take,
        status=status,
        meta=meta,
    ).parsed


async def asyncio_detailed(
    task_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListTaskExecutionsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    status: ListTaskExecutionsStatus | Unset = UNSET,
    meta: ListTaskExecutionsMeta | Unset = UNSET,
) -> Response[ListTaskExecutionsResponse200]:
    """
    Args:
        task_id (str):
        cursor (str | Unset):
        order (ListTaskExecutionsOrder | Unset):
        take (int | Unset):
        status (ListTaskExecutionsStatus | Unset):
        meta (ListTaskExecutionsMeta | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTaskExecutionsResponse200]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        cursor=cursor,
        order=order,
        take=take,
        status=status,
        meta=meta,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    task_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListTaskExecutionsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    status: ListTaskExecutionsStatus | Unset = UNSET,
    meta: ListTaskExecutionsMeta | Unset = UNSET,
) -> ListTaskExecutionsResponse200 | None:
    """
    Args:
        task_id (str):
        cursor (str | Unset):
        order (ListTaskExecutionsOrder | Unset):
        take (int | Unset):
        status (ListTaskExecutionsStatus | Unset):
        meta (ListTaskExecutionsMeta | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTaskExecutionsResponse200
    """

    return (
        await asyncio_detailed(
            task_id=task_id,
            client=client,
            cursor=cursor,
            order=order,
            take=take,
            status=status,
            meta=meta,
        )
    ).parsed
