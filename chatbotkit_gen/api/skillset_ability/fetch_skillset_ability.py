from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.skillset_ability import SkillsetAbility
from ...types import Response


def _get_kwargs(
    skillset_id: str,
    ability_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/skillset/{skillset_id}/ability/{ability_id}/fetch".format(
            skillset_id=quote(str(skillset_id), safe=""),
            ability_id=quote(str(ability_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SkillsetAbility | None:
    if response.status_code == 200:
        response_200 = SkillsetAbility.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SkillsetAbility]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    skillset_id: str,
    ability_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[SkillsetAbility]:
    """
    Args:
        skillset_id (str):
        ability_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillsetAbility]
    """

    kwargs = _get_kwargs(
        skillset_id=skillset_id,
        ability_id=ability_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skillset_id: str,
    ability_id: str,
    *,
    client: AuthenticatedClient,
) -> SkillsetAbility | None:
    """
    Args:
        skillset_id (str):
        ability_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillsetAbility
    """

    return sync_detailed(
        skillset_id=skillset_id,
        ability_id=ability_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    skillset_id: str,
    ability_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[SkillsetAbility]:
    """
    Args:
        skillset_id (str):
        ability_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SkillsetAbility]
    """

    kwargs = _get_kwargs(
        skillset_id=skillset_id,
        ability_id=ability_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skillset_id: str,
    ability_id: str,
    *,
    client: AuthenticatedClient,
) -> SkillsetAbility | None:
    """
    Args:
        skillset_id (str):
        ability_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SkillsetAbility
    """

    return (
        await asyncio_detailed(
            skillset_id=skillset_id,
            ability_id=ability_id,
            client=client,
        )
    ).parsed
