from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_secret_authenticate_request import (
    ContactSecretAuthenticateRequest,
)
from ...models.contact_secret_authenticate_result import ContactSecretAuthenticateResult
from ...types import Response


def _get_kwargs(
    contact_id: str,
    secret_id: str,
    *,
    body: ContactSecretAuthenticateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/{contact_id}/secret/{secret_id}/authenticate".format(
            contact_id=quote(str(contact_id), safe=""),
            secret_id=quote(str(secret_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactSecretAuthenticateResult | None:
    if response.status_code == 200:
        response_200 = ContactSecretAuthenticateResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactSecretAuthenticateResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contact_id: str,
    secret_id: str,
    *,
    client: AuthenticatedClient,
    body: ContactSecretAuthenticateRequest,
) -> Response[ContactSecretAuthenticateResult]:
    """
    Args:
        contact_id (str):
        secret_id (str):
        body (ContactSecretAuthenticateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSecretAuthenticateResult]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        secret_id=secret_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: str,
    secret_id: str,
    *,
    client: AuthenticatedClient,
    body: ContactSecretAuthenticateRequest,
) -> ContactSecretAuthenticateResult | None:
    """
    Args:
        contact_id (str):
        secret_id (str):
        body (ContactSecretAuthenticateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSecretAuthenticateResult
    """

    return sync_detailed(
        contact_id=contact_id,
        secret_id=secret_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    contact_id: str,
    secret_id: str,
    *,
    client: AuthenticatedClient,
    body: ContactSecretAuthenticateRequest,
) -> Response[ContactSecretAuthenticateResult]:
    """
    Args:
        contact_id (str):
        secret_id (str):
        body (ContactSecretAuthenticateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSecretAuthenticateResult]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        secret_id=secret_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: str,
    secret_id: str,
    *,
    client: AuthenticatedClient,
    body: ContactSecretAuthenticateRequest,
) -> ContactSecretAuthenticateResult | None:
    """
    Args:
        contact_id (str):
        secret_id (str):
        body (ContactSecretAuthenticateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSecretAuthenticateResult
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            secret_id=secret_id,
            client=client,
            body=body,
        )
    ).parsed
