from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_instagram_integration_body import UpdateInstagramIntegrationBody
from ...models.update_instagram_integration_response_200 import (
    UpdateInstagramIntegrationResponse200,
)
from ...types import Response


def _get_kwargs(
    instagram_integration_id: str,
    *,
    body: UpdateInstagramIntegrationBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration/instagram/{instagram_integration_id}/update".format(
            instagram_integration_id=quote(str(instagram_integration_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateInstagramIntegrationResponse200 | None:
    if response.status_code == 200:
        response_200 = UpdateInstagramIntegrationResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateInstagramIntegrationResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    instagram_integration_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateInstagramIntegrationBody,
) -> Response[UpdateInstagramIntegrationResponse200]:
    """
    Args:
        instagram_integration_id (str):
        body (UpdateInstagramIntegrationBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateInstagramIntegrationResponse200]
    """

    kwargs = _get_kwargs(
        instagram_integration_id=instagram_integration_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    instagram_integration_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateInstagramIntegrationBody,
) -> UpdateInstagramIntegrationResponse200 | None:
    """
    Args:
        instagram_integration_id (str):
        body (UpdateInstagramIntegrationBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateInstagramIntegrationResponse200
    """

    return sync_detailed(
        instagram_integration_id=instagram_integration_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    instagram_integration_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateInstagramIntegrationBody,
) -> Response[UpdateInstagramIntegrationResponse200]:
    """
    Args:
        instagram_integration_id (str):
        body (UpdateInstagramIntegrationBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateInstagramIntegrationResponse200]
    """

    kwargs = _get_kwargs(
        instagram_integration_id=instagram_integration_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    instagram_integration_id: str,
    *,
    client: AuthenticatedClient,
    body: UpdateInstagramIntegrationBody,
) -> UpdateInstagramIntegrationResponse200 | None:
    """
    Args:
        instagram_integration_id (str):
        body (UpdateInstagramIntegrationBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateInstagramIntegrationResponse200
    """

    return (
        await asyncio_detailed(
            instagram_integration_id=instagram_integration_id,
            client=client,
            body=body,
        )
    ).parsed
