from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.platform_example import PlatformExample
from ...types import Response


def _get_kwargs(
    example_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/platform/example/{example_id}/fetch".format(
            example_id=quote(str(example_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PlatformExample | None:
    if response.status_code == 200:
        response_200 = PlatformExample.from_dict(response.json())

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
) -> Response[Any | PlatformExample]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    example_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | PlatformExample]:
    """
    Args:
        example_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlatformExample]
    """

    kwargs = _get_kwargs(
        example_id=example_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    example_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | PlatformExample | None:
    """
    Args:
        example_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlatformExample
    """

    return sync_detailed(
        example_id=example_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    example_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | PlatformExample]:
    """
    Args:
        example_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PlatformExample]
    """

    kwargs = _get_kwargs(
        example_id=example_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    example_id: str,
    *,
    client: AuthenticatedClient,
) -> Any | PlatformExample | None:
    """
    Args:
        example_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PlatformExample
    """

    return (
        await asyncio_detailed(
            example_id=example_id,
            client=client,
        )
    ).parsed
