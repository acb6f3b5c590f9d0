from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blueprint_resource_export_page import BlueprintResourceExportPage
from ...models.export_blueprint_resources_accept import ExportBlueprintResourcesAccept
from ...types import Response, Unset


def _get_kwargs(
    blueprint_id: str,
    *,
    accept: ExportBlueprintResourcesAccept | Unset = ExportBlueprintResourcesAccept.APPLICATIONJSON,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = str(accept)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/blueprint/{blueprint_id}/resource/export".format(
            blueprint_id=quote(str(blueprint_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BlueprintResourceExportPage | None:
    if response.status_code == 200:
        response_200 = BlueprintResourceExportPage.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BlueprintResourceExportPage]:
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
    accept: ExportBlueprintResourcesAccept | Unset = ExportBlueprintResourcesAccept.APPLICATIONJSON,
) -> Response[BlueprintResourceExportPage]:
    """
    Args:
        blueprint_id (str):
        accept (ExportBlueprintResourcesAccept | Unset):  Default:
            ExportBlueprintResourcesAccept.APPLICATIONJSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlueprintResourceExportPage]
    """

    kwargs = _get_kwargs(
        blueprint_id=blueprint_id,
        accept=accept,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    blueprint_id: str,
    *,
    client: AuthenticatedClient,
    accept: ExportBlueprintResourcesAccept | Unset = ExportBlueprintResourcesAccept.APPLICATIONJSON,
) -> BlueprintResourceExportPage | None:
    """
    Args:
        blueprint_id (str):
        accept (ExportBlueprintResourcesAccept | Unset):  Default:
            ExportBlueprintResourcesAccept.APPLICATIONJSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlueprintResourceExportPage
    """

    return sync_detailed(
        blueprint_id=blueprint_id,
        client=client,
        accept=accept,
    ).parsed


async def asyncio_detailed(
    blueprint_id: str,
    *,
    client: AuthenticatedClient,
    accept: ExportBlueprintResourcesAccept | Unset = ExportBlueprintResourcesAccept.APPLICATIONJSON,
) -> Response[BlueprintResourceExportPage]:
    """
    Args:
        blueprint_id (str):
        accept (ExportBlueprintResourcesAccept | Unset):  Default:
            ExportBlueprintResourcesAccept.APPLICATIONJSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BlueprintResourceExportPage]
    """

    kwargs = _get_kwargs(
        blueprint_id=blueprint_id,
        accept=accept,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    blueprint_id: str,
    *,
    client: AuthenticatedClient,
    accept: ExportBlueprintResourcesAccept | Unset = ExportBlueprintResourcesAccept.APPLICATIONJSON,
) -> BlueprintResourceExportPage | None:
    """
    Args:
        blueprint_id (str):
        accept (ExportBlueprintResourcesAccept | Unset):  Default:
            ExportBlueprintResourcesAccept.APPLICATIONJSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BlueprintResourceExportPage
    """

    return (
        await asyncio_detailed(
            blueprint_id=blueprint_id,
            client=client,
            accept=accept,
        )
    ).parsed
