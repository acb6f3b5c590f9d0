from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_blueprint_bulletins_order import ListBlueprintBulletinsOrder
from ...models.list_blueprint_bulletins_response_200 import (
    ListBlueprintBulletinsResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    blueprint_id: str,
    *,
    cursor: str | Unset = UNSET,
    order: ListBlueprintBulletinsOrder | Unset = UNSET,
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
        "url": "/blueprint/{blueprint_id}/bulletin/list".format(
            blueprint_id=quote(str(blueprint_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListBlueprintBulletinsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListBlueprintBulletinsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListBlueprintBulletinsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    blueprint_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListBlueprintBulletinsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> Response[ListBlueprintBulletinsResponse200]:
    """
    Args:
        blueprint_id (str):
        cursor (str | Unset):
        order (ListBlueprintBulletinsOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListBlueprintBulletinsResponse200]
    """

    kwargs = _get_kwargs(
        blueprint_id=blueprint_id,
        cursor=cursor,
        order=order,
        take=take,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    blueprint_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListBlueprintBulletinsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> ListBlueprintBulletinsResponse200 | None:
    """
    Args:
        blueprint_id (str):
        cursor (str | Unset):
        order (ListBlueprintBulletinsOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListBlueprintBulletinsResponse200
    """

    return sync_detailed(
        blueprint_id=blueprint_id,
        client=client,
        cursor=cursor,
        order=order,
        take=take,
    ).parsed


async def asyncio_detailed(
    blueprint_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListBlueprintBulletinsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> Response[ListBlueprintBulletinsResponse200]:
    """
    Args:
        blueprint_id (str):
        cursor (str | Unset):
        order (ListBlueprintBulletinsOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListBlueprintBulletinsResponse200]
    """

    kwargs = _get_kwargs(
        blueprint_id=blueprint_id,
        cursor=cursor,
        order=order,
        take=take,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    blueprint_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListBlueprintBulletinsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> ListBlueprintBulletinsResponse200 | None:
    """
    Args:
        blueprint_id (str):
        cursor (str | Unset):
        order (ListBlueprintBulletinsOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListBlueprintBulletinsResponse200
    """

    return (
        await asyncio_detailed(
            blueprint_id=blueprint_id,
            client=client,
            cursor=cursor,
            order=order,
            take=take,
        )
    ).parsed
