from http import HTTPStatus
from typing import Any, Literal
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.invoke_skill_server_ability_request import (
    InvokeSkillServerAbilityRequest,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    skillserver_integration_id: str,
    *,
    body: InvokeSkillServerAbilityRequest,
    format_: Literal["json"] | Unset = UNSET,
    session: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["format"] = format_

    params["session"] = session

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration/skillserver/{skillserver_integration_id}/invoke".format(
            skillserver_integration_id=quote(str(skillserver_integration_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[str]:
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
    body: InvokeSkillServerAbilityRequest,
    format_: Literal["json"] | Unset = UNSET,
    session: str | Unset = UNSET,
) -> Response[str]:
    """
    Args:
        skillserver_integration_id (str):
        format_ (Literal['json'] | Unset):
        session (str | Unset):
        body (InvokeSkillServerAbilityRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        skillserver_integration_id=skillserver_integration_id,
        body=body,
        format_=format_,
        session=session,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    skillserver_integration_id: str,
    *,
    client: AuthenticatedClient,
    body: InvokeSkillServerAbilityRequest,
    format_: Literal["json"] | Unset = UNSET,
    session: str | Unset = UNSET,
) -> str | None:
    """
    Args:
        skillserver_integration_id (str):
        format_ (Literal['json'] | Unset):
        session (str | Unset):
        body (InvokeSkillServerAbilityRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return sync_detailed(
        skillserver_integration_id=skillserver_integration_id,
        client=client,
        body=body,
        format_=format_,
        session=session,
    ).parsed


async def asyncio_detailed(
    skillserver_integration_id: str,
    *,
    client: AuthenticatedClient,
    body: InvokeSkillServerAbilityRequest,
    format_: Literal["json"] | Unset = UNSET,
    session: str | Unset = UNSET,
) -> Response[str]:
    """
    Args:
        skillserver_integration_id (str):
        format_ (Literal['json'] | Unset):
        session (str | Unset):
        body (InvokeSkillServerAbilityRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        skillserver_integration_id=skillserver_integration_id,
        body=body,
        format_=format_,
        session=session,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    skillserver_integration_id: str,
    *,
    client: AuthenticatedClient,
    body: InvokeSkillServerAbilityRequest,
    format_: Literal["json"] | Unset = UNSET,
    session: str | Unset = UNSET,
) -> str | None:
    """
    Args:
        skillserver_integration_id (str):
        format_ (Literal['json'] | Unset):
        session (str | Unset):
        body (InvokeSkillServerAbilityRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            skillserver_integration_id=skillserver_integration_id,
            client=client,
            body=body,
            format_=format_,
            session=session,
        )
    ).parsed
