from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.space_storage_delete_request import SpaceStorageDeleteRequest
from ...models.space_storage_delete_result import SpaceStorageDeleteResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    space_id: str,
    path: str,
    *,
    body: SpaceStorageDeleteRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/space/{space_id}/storage/delete/{path}".format(
            space_id=quote(str(space_id), safe=""),
            path=quote(str(path), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SpaceStorageDeleteResult | None:
    if response.status_code == 200:
        response_200 = SpaceStorageDeleteResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SpaceStorageDeleteResult]:
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
    body: SpaceStorageDeleteRequest | Unset = UNSET,
) -> Response[SpaceStorageDeleteResult]:
    """
    Args:
        space_id (str):
        path (str):
        body (SpaceStorageDeleteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpaceStorageDeleteResult]
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
    body: SpaceStorageDeleteRequest | Unset = UNSET,
) -> SpaceStorageDeleteResult | None:
    """
    Args:
        space_id (str):
        path (str):
        body (SpaceStorageDeleteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpaceStorageDeleteResult
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
    body: SpaceStorageDeleteRequest | Unset = UNSET,
) -> Response[SpaceStorageDeleteResult]:
    """
    Args:
        space_id (str):
        path (str):
        body (SpaceStorageDeleteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SpaceStorageDeleteResult]
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
    body: SpaceStorageDeleteRequest | Unset = UNSET,
) -> SpaceStorageDeleteResult | None:
    """
    Args:
        space_id (str):
        path (str):
        body (SpaceStorageDeleteRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SpaceStorageDeleteResult
    """

    return (
        await asyncio_detailed(
            space_id=space_id,
            path=path,
            client=client,
            body=body,
        )
    ).parsed
