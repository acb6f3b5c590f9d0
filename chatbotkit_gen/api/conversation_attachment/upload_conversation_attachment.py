from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.conversation_attachment_upload_request_option_1 import (
    ConversationAttachmentUploadRequestOption1,
)
from ...models.conversation_attachment_upload_request_option_2 import (
    ConversationAttachmentUploadRequestOption2,
)
from ...models.conversation_attachment_upload_result import (
    ConversationAttachmentUploadResult,
)
from ...models.upload_conversation_attachment_files_body import (
    UploadConversationAttachmentFilesBody,
)
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    body: ConversationAttachmentUploadRequestOption1
    | ConversationAttachmentUploadRequestOption2
    | UploadConversationAttachmentFilesBody
    | File
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/{conversation_id}/attachment/upload".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    if isinstance(
        body,
        ConversationAttachmentUploadRequestOption1 | ConversationAttachmentUploadRequestOption2,
    ):
        if isinstance(body, ConversationAttachmentUploadRequestOption1):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, UploadConversationAttachmentFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConversationAttachmentUploadResult | None:
    if response.status_code == 200:
        response_200 = ConversationAttachmentUploadResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConversationAttachmentUploadResult]:
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
    body: ConversationAttachmentUploadRequestOption1
    | ConversationAttachmentUploadRequestOption2
    | UploadConversationAttachmentFilesBody
    | File
    | Unset = UNSET,
) -> Response[ConversationAttachmentUploadResult]:
    """
    Args:
        conversation_id (str):
        body (ConversationAttachmentUploadRequestOption1 |
            ConversationAttachmentUploadRequestOption2):
        body (UploadConversationAttachmentFilesBody):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationAttachmentUploadResult]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: ConversationAttachmentUploadRequestOption1
    | ConversationAttachmentUploadRequestOption2
    | UploadConversationAttachmentFilesBody
    | File
    | Unset = UNSET,
) -> ConversationAttachmentUploadResult | None:
    """
    Args:
        conversation_id (str):
        body (ConversationAttachmentUploadRequestOption1 |
            ConversationAttachmentUploadRequestOption2):
        body (UploadConversationAttachmentFilesBody):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationAttachmentUploadResult
    """

    return sync_detailed(
        conversation_id=conversation_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: ConversationAttachmentUploadRequestOption1
    | ConversationAttachmentUploadRequestOption2
    | UploadConversationAttachmentFilesBody
    | File
    | Unset = UNSET,
) -> Response[ConversationAttachmentUploadResult]:
    """
    Args:
        conversation_id (str):
        body (ConversationAttachmentUploadRequestOption1 |
            ConversationAttachmentUploadRequestOption2):
        body (UploadConversationAttachmentFilesBody):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConversationAttachmentUploadResult]
    """

    kwargs = _get_kwargs(
        conversation_id=conversation_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    conversation_id: str,
    *,
    client: AuthenticatedClient,
    body: ConversationAttachmentUploadRequestOption1
    | ConversationAttachmentUploadRequestOption2
    | UploadConversationAttachmentFilesBody
    | File
    | Unset = UNSET,
) -> ConversationAttachmentUploadResult | None:
    """
    Args:
        conversation_id (str):
        body (ConversationAttachmentUploadRequestOption1 |
            ConversationAttachmentUploadRequestOption2):
        body (UploadConversationAttachmentFilesBody):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConversationAttachmentUploadResult
    """

    return (
        await asyncio_detailed(
            conversation_id=conversation_id,
            client=client,
            body=body,
        )
    ).parsed
