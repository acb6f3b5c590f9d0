from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complete_conversation_request import CompleteConversationRequest
from ...models.complete_conversation_result import CompleteConversationResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CompleteConversationRequest,
    x_timezone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_timezone, Unset):
        headers["X-Timezone"] = x_timezone

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/complete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompleteConversationResult | None:
    if response.status_code == 200:
        response_200 = CompleteConversationResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompleteConversationResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CompleteConversationRequest,
    x_timezone: str | Unset = UNSET,
) -> Response[CompleteConversationResult]:
    """
    Args:
        x_timezone (str | Unset):
        body (CompleteConversationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteConversationResult]
    """

    kwargs = _get_kwargs(
        body=body,
        x_timezone=x_timezone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CompleteConversationRequest,
    x_timezone: str | Unset = UNSET,
) -> CompleteConversationResult | None:
    """
    Args:
        x_timezone (str | Unset):
        body (CompleteConversationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompleteConversationResult
    """

    return sync_detailed(
        client=client,
        body=body,
        x_timezone=x_timezone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CompleteConversationRequest,
    x_timezone: str | Unset = UNSET,
) -> Response[CompleteConversationResult]:
    """
    Args:
        x_timezone (str | Unset):
        body (CompleteConversationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteConversationResult]
    """

    kwargs = _get_kwargs(
        body=body,
        x_timezone=x_timezone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CompleteConversationRequest,
    x_timezone: str | Unset = UNSET,
) -> CompleteConversationResult | None:
    """
    Args:
        x_timezone (str | Unset):
        body (CompleteConversationRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompleteConversationResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_timezone=x_timezone,
        )
    ).parsed
