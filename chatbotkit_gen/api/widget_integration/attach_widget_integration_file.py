from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integration_widget_file_attach_request import (
    IntegrationWidgetFileAttachRequest,
)
from ...models.integration_widget_file_attach_result import (
    IntegrationWidgetFileAttachResult,
)
from ...types import Response


def _get_kwargs(
    widget_integration_id: str,
    file_id: str,
    *,
    body: IntegrationWidgetFileAttachRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration/widget/{widget_integration_id}/file/{file_id}/attach".format(
            widget_integration_id=quote(str(widget_integration_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationWidgetFileAttachResult | None:
    if response.status_code == 200:
        response_200 = IntegrationWidgetFileAttachResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IntegrationWidgetFileAttachResult]:
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
    body: IntegrationWidgetFileAttachRequest,
) -> Response[IntegrationWidgetFileAttachResult]:
    """
    Args:
        widget_integration_id (str):
        file_id (str):
        body (IntegrationWidgetFileAttachRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationWidgetFileAttachResult]
    """

    kwargs = _get_kwargs(
        widget_integration_id=widget_integration_id,
        file_id=file_id,
        body=body,
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
    body: IntegrationWidgetFileAttachRequest,
) -> IntegrationWidgetFileAttachResult | None:
    """
    Args:
        widget_integration_id (str):
        file_id (str):
        body (IntegrationWidgetFileAttachRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationWidgetFileAttachResult
    """

    return sync_detailed(
        widget_integration_id=widget_integration_id,
        file_id=file_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    widget_integration_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: IntegrationWidgetFileAttachRequest,
) -> Response[IntegrationWidgetFileAttachResult]:
    """
    Args:
        widget_integration_id (str):
        file_id (str):
        body (IntegrationWidgetFileAttachRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationWidgetFileAttachResult]
    """

    kwargs = _get_kwargs(
        widget_integration_id=widget_integration_id,
        file_id=file_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    widget_integration_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: IntegrationWidgetFileAttachRequest,
) -> IntegrationWidgetFileAttachResult | None:
    """
    Args:
        widget_integration_id (str):
        file_id (str):
        body (IntegrationWidgetFileAttachRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationWidgetFileAttachResult
    """

    return (
        await asyncio_detailed(
            widget_integration_id=widget_integration_id,
            file_id=file_id,
            client=client,
            body=body,
        )
    ).parsed
