from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integration_widget_file_detach_result import (
    IntegrationWidgetFileDetachResult,
)
from ...types import Response


def _get_kwargs(
    widget_integration_id: str,
    file_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration/widget/{widget_integration_id}/file/{file_id}/detach".format(
            widget_integration_id=quote(str(widget_integration_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationWidgetFileDetachResult | None:
    if response.status_code == 200:
        response_200 = IntegrationWidgetFileDetachResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IntegrationWidgetFileDetachResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    widget_integration_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[IntegrationWidgetFileDetachResult]:
    """
    Args:
        widget_integration_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationWidgetFileDetachResult]
    """

    kwargs = _get_kwargs(
        widget_integration_id=widget_integration_id,
        file_id=file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    widget_integration_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient,
) -> IntegrationWidgetFileDetachResult | None:
    """
    Args:
        widget_integration_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationWidgetFileDetachResult
    """

    return sync_detailed(
        widget_integration_id=widget_integration_id,
        file_id=file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    widget_integration_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[IntegrationWidgetFileDetachResult]:
    """
    Args:
        widget_integration_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationWidgetFileDetachResult]
    """

    kwargs = _get_kwargs(
        widget_integration_id=widget_integration_id,
        file_id=file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    widget_integration_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient,
) -> IntegrationWidgetFileDetachResult | None:
    """
    Args:
        widget_integration_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationWidgetFileDetachResult
    """

    return (
        await asyncio_detailed(
            widget_integration_id=widget_integration_id,
            file_id=file_id,
            client=client,
        )
    ).parsed
