from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_space_storage_path_response_200 import (
    ListSpaceStoragePathResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    space_id: str,
    path: str,
    *,
    recursive: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["recursive"] = recursive

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/space/{space_id}/storage/list/{path}".format(
            space_id=quote(str(space_id), safe=""),
            path=quote(str(path), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListSpaceStoragePathResponse200 | None:
    if response.status_code == 200:
        response_200 = ListSpaceStoragePathResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListSpaceStoragePathResponse200]:
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
    recursive: bool | Unset = UNSET,
) -> Response[ListSpaceStoragePathResponse200]:
    """
    Args:
        space_id (str):
        path (str):
        recursive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSpaceStoragePathResponse200]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        path=path,
        recursive=recursive,
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
    recursive: bool | Unset = UNSET,
) -> ListSpaceStoragePathResponse200 | None:
    """
    Args:
        space_id (str):
        path (str):
        recursive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSpaceStoragePathResponse200
    """

    return sync_detailed(
        space_id=space_id,
        path=path,
        client=client,
        recursive=recursive,
    ).parsed


async def asyncio_detailed(
    space_id: str,
    path: str,
    *,
    client: AuthenticatedClient,
    recursive: bool | Unset = UNSET,
) -> Response[ListSpaceStoragePathResponse200]:
    """
    Args:
        space_id (str):
        path (str):
        recursive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListSpaceStoragePathResponse200]
    """

    kwargs = _get_kwargs(
        space_id=space_id,
        path=path,
        recursive=recursive,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    space_id: str,
    path: str,
    *,
    client: AuthenticatedClient,
    recursive: bool | Unset = UNSET,
) -> ListSpaceStoragePathResponse200 | None:
    """
    Args:
        space_id (str):
        path (str):
        recursive (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListSpaceStoragePathResponse200
    """

    return (
        await asyncio_detailed(
            space_id=space_id,
            path=path,
            client=client,
            recursive=recursive,
        )
    ).parsed
