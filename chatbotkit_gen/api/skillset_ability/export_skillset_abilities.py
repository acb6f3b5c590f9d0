from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_skillset_abilities_order import ExportSkillsetAbilitiesOrder
from ...models.export_skillset_abilities_response_200 import (
    ExportSkillsetAbilitiesResponse200,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    skillset_id: str,
    *,
    cursor: str | Unset = UNSET,
    order: ExportSkillsetAbilitiesOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["take"] = take

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/skillset/{skillset_id}/ability/export".format(
            skillset_id=quote(str(skillset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExportSkillsetAbilitiesResponse200 | None:
    if response.status_code == 200:
        response_200 = ExportSkillsetAbilitiesResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ExportSkillsetAbilitiesResponse200]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    skillset_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ExportSkillsetAbilitiesOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> Response[ExportSkillsetAbilitiesResponse200]:
    """
    Args:
        skillset_id (str):
        cursor (str | Unset):
        order (ExportSkillsetAbilitiesOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportSkillsetAbilitiesResponse200]
    """

    kwargs = _get_kwargs(
        skillset_id=skillset_id,
        cursor=cursor,
        order=order,
        take=take,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skillset_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ExportSkillsetAbilitiesOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> ExportSkillsetAbilitiesResponse200 | None:
    """
    Args:
        skillset_id (str):
        cursor (str | Unset):
        order (ExportSkillsetAbilitiesOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportSkillsetAbilitiesResponse200
    """

    return sync_detailed(
        skillset_id=skillset_id,
        client=client,
        cursor=cursor,
        order=order,
        take=take,
    ).parsed


async def asyncio_detailed(
    skillset_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ExportSkillsetAbilitiesOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> Response[ExportSkillsetAbilitiesResponse200]:
    """
    Args:
        skillset_id (str):
        cursor (str | Unset):
        order (ExportSkillsetAbilitiesOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportSkillsetAbilitiesResponse200]
    """

    kwargs = _get_kwargs(
        skillset_id=skillset_id,
        cursor=cursor,
        order=order,
        take=take,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skillset_id: str,
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    order: ExportSkillsetAbilitiesOrder | Unset = UNSET,
    take: int | Unset = UNSET,
) -> ExportSkillsetAbilitiesResponse200 | None:
    """
    Args:
        skillset_id (str):
        cursor (str | Unset):
        order (ExportSkillsetAbilitiesOrder | Unset):
        take (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportSkillsetAbilitiesResponse200
    """

    return (
        await asyncio_detailed(
            skillset_id=skillset_id,
            client=client,
            cursor=cursor,
            order=order,
            take=take,
        )
    ).parsed
