from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integration_support_trigger_request import (
    IntegrationSupportTriggerRequest,
)
from ...models.integration_support_trigger_result import IntegrationSupportTriggerResult
from ...types import Response


def _get_kwargs(
    support_integration_id: str,
    *,
    body: IntegrationSupportTriggerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration/support/{support_integration_id}/trigger".format(
            support_integration_id=quote(str(support_integration_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationSupportTriggerResult | None:
    if response.status_code == 200:
        response_200 = IntegrationSupportTriggerResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IntegrationSupportTriggerResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    support_integration_id: str,
    *,
    client: AuthenticatedClient,
    body: IntegrationSupportTriggerRequest,
) -> Response[IntegrationSupportTriggerResult]:
    """
    Args:
        support_integration_id (str):
        body (IntegrationSupportTriggerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationSupportTriggerResult]
    """

    kwargs = _get_kwargs(
        support_integration_id=support_integration_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    support_integration_id: str,
    *,
    client: AuthenticatedClient,
    body: IntegrationSupportTriggerRequest,
) -> IntegrationSupportTriggerResult | None:
    """
    Args:
        support_integration_id (str):
        body (IntegrationSupportTriggerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationSupportTriggerResult
    """

    return sync_detailed(
        support_integration_id=support_integration_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    support_integration_id: str,
    *,
    client: AuthenticatedClient,
    body: IntegrationSupportTriggerRequest,
) -> Response[IntegrationSupportTriggerResult]:
    """
    Args:
        support_integration_id (str):
        body (IntegrationSupportTriggerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationSupportTriggerResult]
    """

    kwargs = _get_kwargs(
        support_integration_id=support_integration_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    support_integration_id: str,
    *,
    client: AuthenticatedClient,
    body: IntegrationSupportTriggerRequest,
) -> IntegrationSupportTriggerResult | None:
    """
    Args:
        support_integration_id (str):
        body (IntegrationSupportTriggerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationSupportTriggerResult
    """

    return (
        await asyncio_detailed(
            support_integration_id=support_integration_id,
            client=client,
            body=body,
        )
    ).parsed
