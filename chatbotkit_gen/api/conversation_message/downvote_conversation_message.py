from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_message_downvote_request import (
    ConversationMessageDownvoteRequest,
)
from ...models.id_result import IdResult
from ...types import Response


def _get_kwargs(
    conversation_id: str,
    message_id: str,
    *,
    body: ConversationMessageDownvoteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/{conversation_id}/message/{message_id}/downvote".format(
            conversation_id=quote(str(conversation_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IdResult | None:
    if response.status_code == 200:
        response_200 = IdResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IdResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient,
    body: ConversationMessageDownvoteRequest,
) -> Response[IdResult]:
    """
    Args:
        conversation_id (str):
        message_id (str):
        body (ConversationMessageDownvoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdResult]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        message_id=message_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient,
    body: ConversationMessageDownvoteRequest,
) -> IdResult | None:
    """
    Args:
        conversation_id (str):
        message_id (str):
        body (ConversationMessageDownvoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdResult
    """

    return sync_detailed(
        conversation_id=conversation_id,
        message_id=message_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient,
    body: ConversationMessageDownvoteRequest,
) -> Response[IdResult]:
    """
    Args:
        conversation_id (str):
        message_id (str):
        body (ConversationMessageDownvoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IdResult]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        message_id=message_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient,
    body: ConversationMessageDownvoteRequest,
) -> IdResult | None:
    """
    Args:
        conversation_id (str):
        message_id (str):
        body (ConversationMessageDownvoteRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IdResult
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            message_id=message_id,
            client=client,
            body=body,
        )
    ).parsed
