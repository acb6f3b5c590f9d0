from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.portal import Portal
from ...types import Response


def _get_kwargs(
    portal_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/portal/{portal_id}/fetch".format(
            portal_id=quote(str(portal_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Portal | None:
    if response.status_code == 200:
        response_200 = Portal.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Portal]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    portal_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Portal]:
    """
    Args:
        portal_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Portal]
    """

    kwargs = _get_kwargs(
        portal_id=portal_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    portal_id: str,
    *,
    client: AuthenticatedClient,
) -> Portal | None:
    """
    Args:
        portal_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Portal
    """

    return sync_detailed(
        portal_id=portal_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    portal_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Portal]:
    """
    Args:
        portal_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Portal]
    """

    kwargs = _get_kwargs(
        portal_id=portal_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    portal_id: str,
    *,
    client: AuthenticatedClient,
) -> Portal | None:
    """
    Args:
        portal_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Portal
    """

    return (
        await asyncio_detailed(
            portal_id=portal_id,
            client=client,
        )
    ).parsed
