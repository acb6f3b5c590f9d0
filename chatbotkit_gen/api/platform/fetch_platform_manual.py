from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.platform_manual import PlatformManual
from ...types import Response


def _get_kwargs(
    manual_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platform/manual/{manual_id}/fetch".format(
            manual_id=quote(str(manual_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PlatformManual | None:
    if response.status_code == 200:
        response_200 = PlatformManual.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PlatformManual]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    manual_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | PlatformManual]:
    """
    Args:
        manual_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlatformManual]
    """

    kwargs = _get_kwargs(
        manual_id=manual_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    manual_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | PlatformManual | None:
    """
    Args:
        manual_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlatformManual
    """

    return sync_detailed(
        manual_id=manual_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    manual_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | PlatformManual]:
    """
    Args:
        manual_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlatformManual]
    """

    kwargs = _get_kwargs(
        manual_id=manual_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    manual_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | PlatformManual | None:
    """
    Args:
        manual_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlatformManual
    """

    return (
        await asyncio_detailed(
            manual_id=manual_id,
            client=client,
        )
    ).parsed
