from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_skillset_ability_body import DeleteSkillsetAbilityBody
from ...models.delete_skillset_ability_response_200 import (
    DeleteSkillsetAbilityResponse200,
)
from ...types import Response


def _get_kwargs(
    skillset_id: str,
    ability_id: str,
    *,
    body: DeleteSkillsetAbilityBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/skillset/{skillset_id}/ability/{ability_id}/delete".format(
            skillset_id=quote(str(skillset_id), safe=""),
            ability_id=quote(str(ability_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteSkillsetAbilityResponse200 | None:
    if response.status_code == 200:
        response_200 = DeleteSkillsetAbilityResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteSkillsetAbilityResponse200]:
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
    body: DeleteSkillsetAbilityBody,
) -> Response[DeleteSkillsetAbilityResponse200]:
    """
    Args:
        skillset_id (str):
        ability_id (str):
        body (DeleteSkillsetAbilityBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteSkillsetAbilityResponse200]
    """

    kwargs = _get_kwargs(
        skillset_id=skillset_id,
        ability_id=ability_id,
        body=body,
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
    body: DeleteSkillsetAbilityBody,
) -> DeleteSkillsetAbilityResponse200 | None:
    """
    Args:
        skillset_id (str):
        ability_id (str):
        body (DeleteSkillsetAbilityBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteSkillsetAbilityResponse200
    """

    return sync_detailed(
        skillset_id=skillset_id,
        ability_id=ability_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    skillset_id: str,
    ability_id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteSkillsetAbilityBody,
) -> Response[DeleteSkillsetAbilityResponse200]:
    """
    Args:
        skillset_id (str):
        ability_id (str):
        body (DeleteSkillsetAbilityBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteSkillsetAbilityResponse200]
    """

    kwargs = _get_kwargs(
        skillset_id=skillset_id,
        ability_id=ability_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skillset_id: str,
    ability_id: str,
    *,
    client: AuthenticatedClient,
    body: DeleteSkillsetAbilityBody,
) -> DeleteSkillsetAbilityResponse200 | None:
    """
    Args:
        skillset_id (str):
        ability_id (str):
        body (DeleteSkillsetAbilityBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteSkillsetAbilityResponse200
    """

    return (
        await asyncio_detailed(
            skillset_id=skillset_id,
            ability_id=ability_id,
            client=client,
            body=body,
        )
    ).parsed
