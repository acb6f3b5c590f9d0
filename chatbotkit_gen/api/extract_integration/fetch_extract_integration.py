from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integration_extract import IntegrationExtract
from ...types import Response


def _get_kwargs(
    extract_integration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integration/extract/{extract_integration_id}/fetch".format(
            extract_integration_id=quote(str(extract_integration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationExtract | None:
    if response.status_code == 200:
        response_200 = IntegrationExtract.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IntegrationExtract]:
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
) -> Response[IntegrationExtract]:
    """
    Args:
        extract_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationExtract]
    """

    kwargs = _get_kwargs(
        extract_integration_id=extract_integration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    extract_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> IntegrationExtract | None:
    """
    Args:
        extract_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationExtract
    """

    return sync_detailed(
        extract_integration_id=extract_integration_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    extract_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[IntegrationExtract]:
    """
    Args:
        extract_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationExtract]
    """

    kwargs = _get_kwargs(
        extract_integration_id=extract_integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    extract_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> IntegrationExtract | None:
    """
    Args:
        extract_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationExtract
    """

    return (
        await asyncio_detailed(
            extract_integration_id=extract_integration_id,
            client=client,
        )
    ).parsed
