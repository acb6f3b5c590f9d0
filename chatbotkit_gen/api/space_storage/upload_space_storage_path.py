from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.space_storage_upload_request_option_1 import (
    SpaceStorageUploadRequestOption1,
)
from ...models.space_storage_upload_request_option_2 import (
    SpaceStorageUploadRequestOption2,
)
from ...models.space_storage_upload_result import SpaceStorageUploadResult
from ...models.upload_space_storage_path_files_body import (
    UploadSpaceStoragePathFilesBody,
)
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    space_id: str,
    path: str,
    *,
    body: SpaceStorageUploadRequestOption1
    | SpaceStorageUploadRequestOption2
    | UploadSpaceStoragePathFilesBody
    | File
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/space/{space_id}/storage/upload/{path}".format(
            space_id=quote(str(space_id), safe=""),
            path=quote(str(path), safe=""),
        ),
    }

    if isinstance(body, SpaceStorageUploadRequestOption1 | SpaceStorageUploadRequestOption2):
        if isinstance(body, SpaceStorageUploadRequestOption1):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, UploadSpaceStoragePathFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SpaceStorageUploadResult | None:
    if response.status_code == 200:
        response_200 = SpaceStorageUploadResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpaceStorageUploadResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    space_id: str,
    path: str,
    *,
    client: AuthenticatedClient,
    body: SpaceStorageUploadRequestOption1
    | SpaceStorageUploadRequestOption2
    | UploadSpaceStoragePathFilesBody
    | File
    | Unset = UNSET,
) -> Response[SpaceStorageUploadResult]:
    """
    Args:
        space_id (str):
        path (str):
        body (SpaceStorageUploadRequestOption1 | SpaceStorageUploadRequestOption2):
        body (UploadSpaceStoragePathFilesBody):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpaceStorageUploadResult]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        path=path,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    space_id: str,
    path: str,
    *,
    client: AuthenticatedClient,
    body: SpaceStorageUploadRequestOption1
    | SpaceStorageUploadRequestOption2
    | UploadSpaceStoragePathFilesBody
    | File
    | Unset = UNSET,
) -> SpaceStorageUploadResult | None:
    """
    Args:
        space_id (str):
        path (str):
        body (SpaceStorageUploadRequestOption1 | SpaceStorageUploadRequestOption2):
        body (UploadSpaceStoragePathFilesBody):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpaceStorageUploadResult
    """

    return sync_detailed(
        space_id=space_id,
        path=path,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    space_id: str,
    path: str,
    *,
    client: AuthenticatedClient,
    body: SpaceStorageUploadRequestOption1
    | SpaceStorageUploadRequestOption2
    | UploadSpaceStoragePathFilesBody
    | File
    | Unset = UNSET,
) -> Response[SpaceStorageUploadResult]:
    """
    Args:
        space_id (str):
        path (str):
        body (SpaceStorageUploadRequestOption1 | SpaceStorageUploadRequestOption2):
        body (UploadSpaceStoragePathFilesBody):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpaceStorageUploadResult]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        path=path,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    space_id: str,
    path: str,
    *,
    client: AuthenticatedClient,
    body: SpaceStorageUploadRequestOption1
    | SpaceStorageUploadRequestOption2
    | UploadSpaceStoragePathFilesBody
    | File
    | Unset = UNSET,
) -> SpaceStorageUploadResult | None:
    """
    Args:
        space_id (str):
        path (str):
        body (SpaceStorageUploadRequestOption1 | SpaceStorageUploadRequestOption2):
        body (UploadSpaceStoragePathFilesBody):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpaceStorageUploadResult
    """

    return (
        await asyncio_detailed(
            space_id=space_id,
            path=path,
            client=client,
            body=body,
        )
    ).parsed
