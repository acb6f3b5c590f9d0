import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.partner_user_context_create_request import (
    PartnerUserContextCreateRequest,
)
from ...models.partner_user_context_create_result import PartnerUserContextCreateResult


def _get_kwargs(
    user_id: str,
    *,
    body: PartnerUserContextCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/user/{user_id}/context/create".format(
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> PartnerUserContextCreateResult | None:
    if response.status_code == 200:
        response_200 = PartnerUserContextCreateResult.from_dict(loads(response.content))

        return response_200

    return None
