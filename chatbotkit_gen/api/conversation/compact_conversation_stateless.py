from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compact_conversation_stateless_request import (
    CompactConversationStatelessRequest,
)
from ...models.compact_conversation_stateless_result import (
    CompactConversationStatelessResult,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CompactConversationStatelessRequest,
    x_timezone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_timezone, Unset):
        headers["X-Timezone"] = x_timezone

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/compact",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompactConversationStatelessResult | None:
    if response.status_code == 200:
        response_200 = CompactConversationStatelessResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompactConversationStatelessResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CompactConversationStatelessRequest,
    x_timezone: str | Unset = UNSET,
) -> Response[CompactConversationStatelessResult]:
    """
    Args:
        x_timezone (str | Unset):
        body (CompactConversationStatelessRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompactConversationStatelessResult]
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
    body: CompactConversationStatelessRequest,
    x_timezone: str | Unset = UNSET,
) -> CompactConversationStatelessResult | None:
    """
    Args:
        x_timezone (str | Unset):
        body (CompactConversationStatelessRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompactConversationStatelessResult
    """

    return sync_detailed(
        client=client,
        body=body,
        x_timezone=x_timezone,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CompactConversationStatelessRequest,
    x_timezone: str | Unset = UNSET,
) -> Response[CompactConversationStatelessResult]:
    """
    Args:
        x_timezone (str | Unset):
        body (CompactConversationStatelessRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompactConversationStatelessResult]
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
    body: CompactConversationStatelessRequest,
    x_timezone: str | Unset = UNSET,
) -> CompactConversationStatelessResult | None:
    """
    Args:
        x_timezone (str | Unset):
        body (CompactConversationStatelessRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompactConversationStatelessResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_timezone=x_timezone,
        )
    ).parsed
