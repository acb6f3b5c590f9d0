from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.platform_guide import PlatformGuide
from ...types import Response


def _get_kwargs(
    guide_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platform/guide/{guide_id}/fetch".format(
            guide_id=quote(str(guide_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PlatformGuide | None:
    if response.status_code == 200:
        response_200 = PlatformGuide.from_dict(response.json())

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
) -> Response[Any | PlatformGuide]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    guide_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | PlatformGuide]:
    """
    Args:
        guide_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlatformGuide]
    """

    kwargs = _get_kwargs(
        guide_id=guide_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    guide_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | PlatformGuide | None:
    """
    Args:
        guide_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlatformGuide
    """

    return sync_detailed(
        guide_id=guide_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    guide_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | PlatformGuide]:
    """
    Args:
        guide_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlatformGuide]
    """

    kwargs = _get_kwargs(
        guide_id=guide_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    guide_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | PlatformGuide | None:
    """
    Args:
        guide_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlatformGuide
    """

    return (
        await asyncio_detailed(
            guide_id=guide_id,
            client=client,
        )
    ).parsed
