from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.integration_skillserver import IntegrationSkillserver
from ...types import Response


def _get_kwargs(
    skillserver_integration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integration/skillserver/{skillserver_integration_id}/fetch".format(
            skillserver_integration_id=quote(str(skillserver_integration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> IntegrationSkillserver | None:
    if response.status_code == 200:
        response_200 = IntegrationSkillserver.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[IntegrationSkillserver]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    skillserver_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[IntegrationSkillserver]:
    """
    Args:
        skillserver_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationSkillserver]
    """

    kwargs = _get_kwargs(
        skillserver_integration_id=skillserver_integration_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skillserver_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> IntegrationSkillserver | None:
    """
    Args:
        skillserver_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationSkillserver
    """

    return sync_detailed(
        skillserver_integration_id=skillserver_integration_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    skillserver_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[IntegrationSkillserver]:
    """
    Args:
        skillserver_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IntegrationSkillserver]
    """

    kwargs = _get_kwargs(
        skillserver_integration_id=skillserver_integration_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skillserver_integration_id: str,
    *,
    client: AuthenticatedClient,
) -> IntegrationSkillserver | None:
    """
    Args:
        skillserver_integration_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IntegrationSkillserver
    """

    return (
        await asyncio_detailed(
            skillserver_integration_id=skillserver_integration_id,
            client=client,
        )
    ).parsed
