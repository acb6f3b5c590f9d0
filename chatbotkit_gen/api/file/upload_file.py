from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_upload_request_option_1 import FileUploadRequestOption1
from ...models.file_upload_request_option_2 import FileUploadRequestOption2
from ...models.file_upload_result import FileUploadResult
from ...models.upload_file_files_body import UploadFileFilesBody
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    file_id: str,
    *,
    body: FileUploadRequestOption1
    | FileUploadRequestOption2
    | UploadFileFilesBody
    | File
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/file/{file_id}/upload".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    if isinstance(body, FileUploadRequestOption1 | FileUploadRequestOption2):
        if isinstance(body, FileUploadRequestOption1):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, UploadFileFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FileUploadResult | None:
    if response.status_code == 200:
        response_200 = FileUploadResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[FileUploadResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: FileUploadRequestOption1
    | FileUploadRequestOption2
    | UploadFileFilesBody
    | File
    | Unset = UNSET,
) -> Response[FileUploadResult]:
    """
    Args:
        file_id (str):
        body (FileUploadRequestOption1 | FileUploadRequestOption2):
        body (UploadFileFilesBody):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileUploadResult]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: FileUploadRequestOption1
    | FileUploadRequestOption2
    | UploadFileFilesBody
    | File
    | Unset = UNSET,
) -> FileUploadResult | None:
    """
    Args:
        file_id (str):
        body (FileUploadRequestOption1 | FileUploadRequestOption2):
        body (UploadFileFilesBody):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileUploadResult
    """

    return sync_detailed(
        file_id=file_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: FileUploadRequestOption1
    | FileUploadRequestOption2
    | UploadFileFilesBody
    | File
    | Unset = UNSET,
) -> Response[FileUploadResult]:
    """
    Args:
        file_id (str):
        body (FileUploadRequestOption1 | FileUploadRequestOption2):
        body (UploadFileFilesBody):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FileUploadResult]
    """

    kwargs = _get_kwargs(
        file_id=file_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_id: str,
    *,
    client: AuthenticatedClient,
    body: FileUploadRequestOption1
    | FileUploadRequestOption2
    | UploadFileFilesBody
    | File
    | Unset = UNSET,
) -> FileUploadResult | None:
    """
    Args:
        file_id (str):
        body (FileUploadRequestOption1 | FileUploadRequestOption2):
        body (UploadFileFilesBody):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FileUploadResult
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
            body=body,
        )
    ).parsed
