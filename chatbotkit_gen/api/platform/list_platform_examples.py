from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_platform_examples_meta import ListPlatformExamplesMeta
from ...models.list_platform_examples_order import ListPlatformExamplesOrder
from ...models.list_platform_examples_response_200 import (
    ListPlatformExamplesResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    order: ListPlatformExamplesOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    meta: ListPlatformExamplesMeta | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["take"] = take

    json_meta: dict[str, Any] | Unset = UNSET
    if not isinstance(meta, Unset):
        json_meta = meta.to_dict()
    if not isinstance(json_meta, Unset):
        params.update({f"meta.{key}": value for key, value in json_meta.items()})

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platform/example/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListPlatformExamplesResponse200 | None:
    if response.status_code == 200:
        response_200 = ListPlatformExamplesResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListPlatformExamplesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListPlatformExamplesOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    meta: ListPlatformExamplesMeta | Unset = UNSET,
) -> Response[ListPlatformExamplesResponse200]:
    """
    Args:
        cursor (str | Unset):
        order (ListPlatformExamplesOrder | Unset):
        take (int | Unset):
        meta (ListPlatformExamplesMeta | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPlatformExamplesResponse200]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        order=order,
        take=take,
        meta=meta,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListPlatformExamplesOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    meta: ListPlatformExamplesMeta | Unset = UNSET,
) -> ListPlatformExamplesResponse200 | None:
    """
    Args:
        cursor (str | Unset):
        order (ListPlatformExamplesOrder | Unset):
        take (int | Unset):
        meta (ListPlatformExamplesMeta | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPlatformExamplesResponse200
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        order=order,
        take=take,
        meta=meta,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListPlatformExamplesOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    meta: ListPlatformExamplesMeta | Unset = UNSET,
) -> Response[ListPlatformExamplesResponse200]:
    """
    Args:
        cursor (str | Unset):
        order (ListPlatformExamplesOrder | Unset):
        take (int | Unset):
        meta (ListPlatformExamplesMeta | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPlatformExamplesResponse200]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        order=order,
        take=take,
        meta=meta,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListPlatformExamplesOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    meta: ListPlatformExamplesMeta | Unset = UNSET,
) -> ListPlatformExamplesResponse200 | None:
    """
    Args:
        cursor (str | Unset):
        order (ListPlatformExamplesOrder | Unset):
        take (int | Unset):
        meta (ListPlatformExamplesMeta | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPlatformExamplesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            order=order,
            take=take,
            meta=meta,
        )
    ).parsed
