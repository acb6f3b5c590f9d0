from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_dispatch_request import ConversationDispatchRequest
from ...models.conversation_dispatch_result import ConversationDispatchResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    body: ConversationDispatchRequest,
    x_timezone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_timezone, Unset):
        headers["X-Timezone"] = x_timezone

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/{conversation_id}/dispatch".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationDispatchResult | None:
    if response.status_code == 200:
        response_200 = ConversationDispatchResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConversationDispatchResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: ConversationDispatchRequest,
    x_timezone: str | Unset = UNSET,
) -> Response[ConversationDispatchResult]:
    """
    Args:
        conversation_id (str):
        x_timezone (str | Unset):
        body (ConversationDispatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationDispatchResult]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
        x_timezone=x_timezone,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: ConversationDispatchRequest,
    x_timezone: str | Unset = UNSET,
) -> ConversationDispatchResult | None:
    """
    Args:
        conversation_id (str):
        x_timezone (str | Unset):
        body (ConversationDispatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationDispatchResult
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
        x_timezone=x_timezone,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: ConversationDispatchRequest,
    x_timezone: str | Unset = UNSET,
) -> Response[ConversationDispatchResult]:
    """
    Args:
        conversation_id (str):
        x_timezone (str | Unset):
        body (ConversationDispatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationDispatchResult]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
        x_timezone=x_timezone,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: ConversationDispatchRequest,
    x_timezone: str | Unset = UNSET,
) -> ConversationDispatchResult | None:
    """
    Args:
        conversation_id (str):
        x_timezone (str | Unset):
        body (ConversationDispatchRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationDispatchResult
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
            x_timezone=x_timezone,
        )
    ).parsed
