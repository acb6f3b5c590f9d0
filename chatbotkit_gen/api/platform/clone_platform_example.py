from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.platform_example_clone_request import PlatformExampleCloneRequest
from ...models.platform_example_clone_result import PlatformExampleCloneResult
from ...types import Response


def _get_kwargs(
    example_id: str,
    *,
    body: PlatformExampleCloneRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/platform/example/{example_id}/clone".format(
            example_id=quote(str(example_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PlatformExampleCloneResult | None:
    if response.status_code == 200:
        response_200 = PlatformExampleCloneResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PlatformExampleCloneResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    example_id: str,
    *,
    client: AuthenticatedClient,
    body: PlatformExampleCloneRequest,
) -> Response[PlatformExampleCloneResult]:
    """
    Args:
        example_id (str):
        body (PlatformExampleCloneRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlatformExampleCloneResult]
    """

    kwargs = _get_kwargs(
        example_id=example_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    example_id: str,
    *,
    client: AuthenticatedClient,
    body: PlatformExampleCloneRequest,
) -> PlatformExampleCloneResult | None:
    """
    Args:
        example_id (str):
        body (PlatformExampleCloneRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlatformExampleCloneResult
    """

    return sync_detailed(
        example_id=example_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    example_id: str,
    *,
    client: AuthenticatedClient,
    body: PlatformExampleCloneRequest,
) -> Response[PlatformExampleCloneResult]:
    """
    Args:
        example_id (str):
        body (PlatformExampleCloneRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PlatformExampleCloneResult]
    """

    kwargs = _get_kwargs(
        example_id=example_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    example_id: str,
    *,
    client: AuthenticatedClient,
    body: PlatformExampleCloneRequest,
) -> PlatformExampleCloneResult | None:
    """
    Args:
        example_id (str):
        body (PlatformExampleCloneRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PlatformExampleCloneResult
    """

    return (
        await asyncio_detailed(
            example_id=example_id,
            client=client,
            body=body,
        )
    ).parsed
