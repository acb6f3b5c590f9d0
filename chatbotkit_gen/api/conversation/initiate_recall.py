from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integration_recall_initiate_request import (
    IntegrationRecallInitiateRequest,
)
from ...models.integration_recall_initiate_result import IntegrationRecallInitiateResult
from ...types import Response


def _get_kwargs(
    recall_integration_id: str,
    *,
    body: IntegrationRecallInitiateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration/recall/{recall_integration_id}/initiate".format(
            recall_integration_id=quote(str(recall_integration_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationRecallInitiateResult | None:
    if response.status_code == 200:
        response_200 = IntegrationRecallInitiateResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IntegrationRecallInitiateResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    recall_integration_id: str,
    *,
    client: AuthenticatedClient,
    body: IntegrationRecallInitiateRequest,
) -> Response[IntegrationRecallInitiateResult]:
    """
    Args:
        recall_integration_id (str):
        body (IntegrationRecallInitiateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationRecallInitiateResult]
    """

    kwargs = _get_kwargs(
        recall_integration_id=recall_integration_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    recall_integration_id: str,
    *,
    client: AuthenticatedClient,
    body: IntegrationRecallInitiateRequest,
) -> IntegrationRecallInitiateResult | None:
    """
    Args:
        recall_integration_id (str):
        body (IntegrationRecallInitiateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationRecallInitiateResult
    """

    return sync_detailed(
        recall_integration_id=recall_integration_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    recall_integration_id: str,
    *,
    client: AuthenticatedClient,
    body: IntegrationRecallInitiateRequest,
) -> Response[IntegrationRecallInitiateResult]:
    """
    Args:
        recall_integration_id (str):
        body (IntegrationRecallInitiateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationRecallInitiateResult]
    """

    kwargs = _get_kwargs(
        recall_integration_id=recall_integration_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    recall_integration_id: str,
    *,
    client: AuthenticatedClient,
    body: IntegrationRecallInitiateRequest,
) -> IntegrationRecallInitiateResult | None:
    """
    Args:
        recall_integration_id (str):
        body (IntegrationRecallInitiateRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationRecallInitiateResult
    """

    return (
        await asyncio_detailed(
            recall_integration_id=recall_integration_id,
            client=client,
            body=body,
        )
    ).parsed
