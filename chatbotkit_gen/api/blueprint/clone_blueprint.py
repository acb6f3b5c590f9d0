from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blueprint_clone_request import BlueprintCloneRequest
from ...models.blueprint_clone_result import BlueprintCloneResult
from ...types import Response


def _get_kwargs(
    blueprint_id: str,
    *,
    body: BlueprintCloneRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/blueprint/{blueprint_id}/clone".format(
            blueprint_id=quote(str(blueprint_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlueprintCloneResult | None:
    if response.status_code == 200:
        response_200 = BlueprintCloneResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BlueprintCloneResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    blueprint_id: str,
    *,
    client: AuthenticatedClient,
    body: BlueprintCloneRequest,
) -> Response[BlueprintCloneResult]:
    """
    Args:
        blueprint_id (str):
        body (BlueprintCloneRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlueprintCloneResult]
    """

    kwargs = _get_kwargs(
        blueprint_id=blueprint_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    blueprint_id: str,
    *,
    client: AuthenticatedClient,
    body: BlueprintCloneRequest,
) -> BlueprintCloneResult | None:
    """
    Args:
        blueprint_id (str):
        body (BlueprintCloneRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlueprintCloneResult
    """

    return sync_detailed(
        blueprint_id=blueprint_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    blueprint_id: str,
    *,
    client: AuthenticatedClient,
    body: BlueprintCloneRequest,
) -> Response[BlueprintCloneResult]:
    """
    Args:
        blueprint_id (str):
        body (BlueprintCloneRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlueprintCloneResult]
    """

    kwargs = _get_kwargs(
        blueprint_id=blueprint_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    blueprint_id: str,
    *,
    client: AuthenticatedClient,
    body: BlueprintCloneRequest,
) -> BlueprintCloneResult | None:
    """
    Args:
        blueprint_id (str):
        body (BlueprintCloneRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlueprintCloneResult
    """

    return (
        await asyncio_detailed(
            blueprint_id=blueprint_id,
            client=client,
            body=body,
        )
    ).parsed
