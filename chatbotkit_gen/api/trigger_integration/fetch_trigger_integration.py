from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integration_trigger import IntegrationTrigger
from ...types import Response


def _get_kwargs(
    trigger_integration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integration/trigger/{trigger_integration_id}/fetch".format(
            trigger_integration_id=quote(str(trigger_integration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationTrigger | None:
    if response.status_code == 200:
        response_200 = IntegrationTrigger.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IntegrationTrigger]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trigger_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[IntegrationTrigger]:
    """
    Args:
        trigger_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationTrigger]
    """

    kwargs = _get_kwargs(
        trigger_integration_id=trigger_integration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trigger_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> IntegrationTrigger | None:
    """
    Args:
        trigger_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationTrigger
    """

    return sync_detailed(
        trigger_integration_id=trigger_integration_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    trigger_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[IntegrationTrigger]:
    """
    Args:
        trigger_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationTrigger]
    """

    kwargs = _get_kwargs(
        trigger_integration_id=trigger_integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trigger_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> IntegrationTrigger | None:
    """
    Args:
        trigger_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationTrigger
    """

    return (
        await asyncio_detailed(
            trigger_integration_id=trigger_integration_id,
            client=client,
        )
    ).parsed
