from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.space_storage_move_request import SpaceStorageMoveRequest
from ...models.space_storage_move_result import SpaceStorageMoveResult
from ...types import Response


def _get_kwargs(
    space_id: str,
    path: str,
    *,
    body: SpaceStorageMoveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/space/{space_id}/storage/move/{path}".format(
            space_id=quote(str(space_id), safe=""),
            path=quote(str(path), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SpaceStorageMoveResult | None:
    if response.status_code == 200:
        response_200 = SpaceStorageMoveResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpaceStorageMoveResult]:
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
    body: SpaceStorageMoveRequest,
) -> Response[SpaceStorageMoveResult]:
    """
    Args:
        space_id (str):
        path (str):
        body (SpaceStorageMoveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpaceStorageMoveResult]
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
    body: SpaceStorageMoveRequest,
) -> SpaceStorageMoveResult | None:
    """
    Args:
        space_id (str):
        path (str):
        body (SpaceStorageMoveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpaceStorageMoveResult
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
    body: SpaceStorageMoveRequest,
) -> Response[SpaceStorageMoveResult]:
    """
    Args:
        space_id (str):
        path (str):
        body (SpaceStorageMoveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpaceStorageMoveResult]
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
    body: SpaceStorageMoveRequest,
) -> SpaceStorageMoveResult | None:
    """
    Args:
        space_id (str):
        path (str):
        body (SpaceStorageMoveRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpaceStorageMoveResult
    """

    return (
        await asyncio_detailed(
            space_id=space_id,
            path=path,
            client=client,
            body=body,
        )
    ).parsed
