from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.id_result import IdResult
from ...models.partner_user_context_delete_request import (
    PartnerUserContextDeleteRequest,
)
from ...types import Response


def _get_kwargs(
    user_id: str,
    context_id: str,
    *,
    body: PartnerUserContextDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/user/{user_id}/context/{context_id}/delete".format(
            user_id=quote(str(user_id), safe=""),
            context_id=quote(str(context_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IdResult | None:
    if response.status_code == 200:
        response_200 = IdResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IdResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    context_id: str,
    *,
    client: AuthenticatedClient,
    body: PartnerUserContextDeleteRequest,
) -> Response[IdResult]:
    """
    Args:
        user_id (str):
        context_id (str):
        body (PartnerUserContextDeleteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdResult]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        context_id=context_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    context_id: str,
    *,
    client: AuthenticatedClient,
    body: PartnerUserContextDeleteRequest,
) -> IdResult | None:
    """
    Args:
        user_id (str):
        context_id (str):
        body (PartnerUserContextDeleteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdResult
    """

    return sync_detailed(
        user_id=user_id,
        context_id=context_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    context_id: str,
    *,
    client: AuthenticatedClient,
    body: PartnerUserContextDeleteRequest,
) -> Response[IdResult]:
    """
    Args:
        user_id (str):
        context_id (str):
        body (PartnerUserContextDeleteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdResult]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        context_id=context_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    context_id: str,
    *,
    client: AuthenticatedClient,
    body: PartnerUserContextDeleteRequest,
) -> IdResult | None:
    """
    Args:
        user_id (str):
        context_id (str):
        body (PartnerUserContextDeleteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdResult
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            context_id=context_id,
            client=client,
            body=body,
        )
    ).parsed
