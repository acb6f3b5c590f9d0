import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.id_result import IdResult
from ...models.partner_user_context_delete_request import (
    PartnerUserContextDeleteRequest,
)


def _get_kwargs(
    user_id: str,
    context_id: str,
    *,
    body: PartnerUserContextDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/user/{user_id}/context/{context_id}/delete".format(
            user_id=quote(str(user_id), safe=""),
            context_id=quote(str(context_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> IdResult | None:
    if response.status_code == 200:
        response_200 = IdResult.from_dict(loads(response.content))

        return response_200

    return None
