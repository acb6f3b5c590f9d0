from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_extract_integration_items_order import (
    ExportExtractIntegrationItemsOrder,
)
from ...models.export_extract_integration_items_response_200 import (
    ExportExtractIntegrationItemsResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    extract_integration_id: str,
    *,
    cursor: str | Unset = UNSET,
    order: ExportExtractIntegrationItemsOrder | Unset = UNSET,
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
        "url": "/integration/extract/{extract_integration_id}/item/export".format(
            extract_integration_id=quote(str(extract_integration_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExportExtractIntegrationItemsResponse200 | None:
    if response.status_code == 200:
        response_200 = ExportExtractIntegrationItemsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExportExtractIntegrationItemsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    extract_integration_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ExportExtractIntegrationItemsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> Response[ExportExtractIntegrationItemsResponse200]:
    """
    Args:
        extract_integration_id (str):
        cursor (str | Unset):
        order (ExportExtractIntegrationItemsOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportExtractIntegrationItemsResponse200]
    """

    kwargs = _get_kwargs(
        extract_integration_id=extract_integration_id,
        cursor=cursor,
        order=order,
        take=take,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    extract_integration_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ExportExtractIntegrationItemsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> ExportExtractIntegrationItemsResponse200 | None:
    """
    Args:
        extract_integration_id (str):
        cursor (str | Unset):
        order (ExportExtractIntegrationItemsOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportExtractIntegrationItemsResponse200
    """

    return sync_detailed(
        extract_integration_id=extract_integration_id,
        client=client,
        cursor=cursor,
        order=order,
        take=take,
    ).parsed


async def asyncio_detailed(
    extract_integration_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ExportExtractIntegrationItemsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> Response[ExportExtractIntegrationItemsResponse200]:
    """
    Args:
        extract_integration_id (str):
        cursor (str | Unset):
        order (ExportExtractIntegrationItemsOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportExtractIntegrationItemsResponse200]
    """

    kwargs = _get_kwargs(
        extract_integration_id=extract_integration_id,
        cursor=cursor,
        order=order,
        take=take,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    extract_integration_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ExportExtractIntegrationItemsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> ExportExtractIntegrationItemsResponse200 | None:
    """
    Args:
        extract_integration_id (str):
        cursor (str | Unset):
        order (ExportExtractIntegrationItemsOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportExtractIntegrationItemsResponse200
    """

    return (
        await asyncio_detailed(
            extract_integration_id=extract_integration_id,
            client=client,
            cursor=cursor,
            order=order,
            take=take,
        )
    ).parsed
