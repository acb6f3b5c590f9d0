from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integration_notion import IntegrationNotion
from ...types import Response


def _get_kwargs(
    notion_integration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integration/notion/{notion_integration_id}/fetch".format(
            notion_integration_id=quote(str(notion_integration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationNotion | None:
    if response.status_code == 200:
        response_200 = IntegrationNotion.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IntegrationNotion]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    notion_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[IntegrationNotion]:
    """
    Args:
        notion_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationNotion]
    """

    kwargs = _get_kwargs(
        notion_integration_id=notion_integration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    notion_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> IntegrationNotion | None:
    """
    Args:
        notion_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationNotion
    """

    return sync_detailed(
        notion_integration_id=notion_integration_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    notion_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[IntegrationNotion]:
    """
    Args:
        notion_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationNotion]
    """

    kwargs = _get_kwargs(
        notion_integration_id=notion_integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    notion_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> IntegrationNotion | None:
    """
    Args:
        notion_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationNotion
    """

    return (
        await asyncio_detailed(
            notion_integration_id=notion_integration_id,
            client=client,
        )
    ).parsed
