from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integration_email import IntegrationEmail
from ...types import Response


def _get_kwargs(
    email_integration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integration/email/{email_integration_id}/fetch".format(
            email_integration_id=quote(str(email_integration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationEmail | None:
    if response.status_code == 200:
        response_200 = IntegrationEmail.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IntegrationEmail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    email_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[IntegrationEmail]:
    """
    Args:
        email_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationEmail]
    """

    kwargs = _get_kwargs(
        email_integration_id=email_integration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    email_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> IntegrationEmail | None:
    """
    Args:
        email_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationEmail
    """

    return sync_detailed(
        email_integration_id=email_integration_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    email_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[IntegrationEmail]:
    """
    Args:
        email_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationEmail]
    """

    kwargs = _get_kwargs(
        email_integration_id=email_integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    email_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> IntegrationEmail | None:
    """
    Args:
        email_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationEmail
    """

    return (
        await asyncio_detailed(
            email_integration_id=email_integration_id,
            client=client,
        )
    ).parsed
