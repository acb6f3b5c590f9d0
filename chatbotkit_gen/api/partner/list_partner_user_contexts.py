from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_partner_user_contexts_order import ListPartnerUserContextsOrder
from ...models.list_partner_user_contexts_response_200 import (
    ListPartnerUserContextsResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: str,
    *,
    cursor: str | Unset = UNSET,
    order: ListPartnerUserContextsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    blueprint_id: str | Unset = UNSET,
    bot_id: str | Unset = UNSET,
    dataset_id: str | Unset = UNSET,
    skillset_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["take"] = take

    params["blueprintId"] = blueprint_id

    params["botId"] = bot_id

    params["datasetId"] = dataset_id

    params["skillsetId"] = skillset_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/user/{user_id}/context/list".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListPartnerUserContextsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListPartnerUserContextsResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListPartnerUserContextsResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListPartnerUserContextsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    blueprint_id: str | Unset = UNSET,
    bot_id: str | Unset = UNSET,
    dataset_id: str | Unset = UNSET,
    skillset_id: str | Unset = UNSET,
) -> Response[ListPartnerUserContextsResponse200]:
    """
    Args:
        user_id (str):
        cursor (str | Unset):
        order (ListPartnerUserContextsOrder | Unset):
        take (int | Unset):
        blueprint_id (str | Unset):
        bot_id (str | Unset):
        dataset_id (str | Unset):
        skillset_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPartnerUserContextsResponse200]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        cursor=cursor,
        order=order,
        take=take,
        blueprint_id=blueprint_id,
        bot_id=bot_id,
        dataset_id=dataset_id,
        skillset_id=skillset_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListPartnerUserContextsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    blueprint_id: str | Unset = UNSET,
    bot_id: str | Unset = UNSET,
    dataset_id: str | Unset = UNSET,
    skillset_id: str | Unset = UNSET,
) -> ListPartnerUserContextsResponse200 | None:
    """
    Args:
        user_id (str):
        cursor (str | Unset):
        order (ListPartnerUserContextsOrder | Unset):
        take (int | Unset):
        blueprint_id (str | Unset):
        bot_id (str | Unset):
        dataset_id (str | Unset):
        skillset_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPartnerUserContextsResponse200
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        cursor=cursor,
        order=order,
        take=take,
        blueprint_id=blueprint_id,
        bot_id=bot_id,
        dataset_id=dataset_id,
        skillset_id=skillset_id,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListPartnerUserContextsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    blueprint_id: str | Unset = UNSET,
    bot_id: str | Unset = UNSET,
    dataset_id: str | Unset = UNSET,
    skillset_id: str | Unset = UNSET,
) -> Response[ListPartnerUserContextsResponse200]:
    """
    Args:
        user_id (str):
        cursor (str | Unset):
        order (ListPartnerUserContextsOrder | Unset):
        take (int | Unset):
        blueprint_id (str | Unset):
        bot_id (str | Unset):
        dataset_id (str | Unset):
        skillset_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListPartnerUserContextsResponse200]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        cursor=cursor,
        order=order,
        take=take,
        blueprint_id=blueprint_id,
        bot_id=bot_id,
        dataset_id=dataset_id,
        skillset_id=skillset_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ListPartnerUserContextsOrder | Unset = UNSET,
    take: int | Unset = UNSET,
    blueprint_id: str | Unset = UNSET,
    bot_id: str | Unset = UNSET,
    dataset_id: str | Unset = UNSET,
    skillset_id: str | Unset = UNSET,
) -> ListPartnerUserContextsResponse200 | None:
    """
    Args:
        user_id (str):
        cursor (str | Unset):
        order (ListPartnerUserContextsOrder | Unset):
        take (int | Unset):
        blueprint_id (str | Unset):
        bot_id (str | Unset):
        dataset_id (str | Unset):
        skillset_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListPartnerUserContextsResponse200
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            cursor=cursor,
            order=order,
            take=take,
            blueprint_id=blueprint_id,
            bot_id=bot_id,
            dataset_id=dataset_id,
            skillset_id=skillset_id,
        )
    ).parsed
