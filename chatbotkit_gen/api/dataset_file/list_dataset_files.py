from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_dataset_files_order import ListDatasetFilesOrder
from ...models.list_dataset_files_response_200 import ListDatasetFilesResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    dataset_id: str,
    *,
    cursor: str | Unset = UNSET,
    order: ListDatasetFilesOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["take"] = take

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dataset/{dataset_id}/file/list".format(
            dataset_id=quote(str(dataset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListDatasetFilesResponse200 | None:
    if response.status_code == 200:
        response_200 = ListDatasetFilesResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListDatasetFilesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListDatasetFilesOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> Response[ListDatasetFilesResponse200]:
    """
    Args:
        dataset_id (str):
        cursor (str | Unset):
        order (ListDatasetFilesOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListDatasetFilesResponse200]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        cursor=cursor,
        order=order,
        take=take,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    dataset_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListDatasetFilesOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> ListDatasetFilesResponse200 | None:
    """
    Args:
        dataset_id (str):
        cursor (str | Unset):
        order (ListDatasetFilesOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListDatasetFilesResponse200
    """

    return sync_detailed(
        dataset_id=dataset_id,
        client=client,
        cursor=cursor,
        order=order,
        take=take,
    ).parsed


async def asyncio_detailed(
    dataset_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListDatasetFilesOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> Response[ListDatasetFilesResponse200]:
    """
    Args:
        dataset_id (str):
        cursor (str | Unset):
        order (ListDatasetFilesOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListDatasetFilesResponse200]
    """

    kwargs = _get_kwargs(
        dataset_id=dataset_id,
        cursor=cursor,
        order=order,
        take=take,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    dataset_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListDatasetFilesOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> ListDatasetFilesResponse200 | None:
    """
    Args:
        dataset_id (str):
        cursor (str | Unset):
        order (ListDatasetFilesOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListDatasetFilesResponse200
    """

    return (
        await asyncio_detailed(
            dataset_id=dataset_id,
            client=client,
            cursor=cursor,
            order=order,
            take=take,
        )
    ).parsed
