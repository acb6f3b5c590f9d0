from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_contact_ratings_order import ListContactRatingsOrder
from ...models.list_contact_ratings_response_200 import ListContactRatingsResponse200
from ...types import UNSET, Response, Unset


def _get_kwargs(
    contact_id: str,
    *,
    cursor: str | Unset = UNSET,
    order: ListContactRatingsOrder | Unset = UNSET,
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
        "url": "/contact/{contact_id}/rating/list".format(
            contact_id=quote(str(contact_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListContactRatingsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListContactRatingsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListContactRatingsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListContactRatingsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> Response[ListContactRatingsResponse200]:
    """
    Args:
        contact_id (str):
        cursor (str | Unset):
        order (ListContactRatingsOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListContactRatingsResponse200]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        cursor=cursor,
        order=order,
        take=take,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListContactRatingsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> ListContactRatingsResponse200 | None:
    """
    Args:
        contact_id (str):
        cursor (str | Unset):
        order (ListContactRatingsOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListContactRatingsResponse200
    """

    return sync_detailed(
        contact_id=contact_id,
        client=client,
        cursor=cursor,
        order=order,
        take=take,
    ).parsed


async def asyncio_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListContactRatingsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> Response[ListContactRatingsResponse200]:
    """
    Args:
        contact_id (str):
        cursor (str | Unset):
        order (ListContactRatingsOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListContactRatingsResponse200]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        cursor=cursor,
        order=order,
        take=take,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListContactRatingsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> ListContactRatingsResponse200 | None:
    """
    Args:
        contact_id (str):
        cursor (str | Unset):
        order (ListContactRatingsOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListContactRatingsResponse200
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
            cursor=cursor,
            order=order,
            take=take,
        )
    ).parsed
