import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.partner_user_context import PartnerUserContext


def _get_kwargs(
    user_id: str,
    context_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/user/{user_id}/context/{context_id}/fetch".format(
            user_id=quote(str(user_id), safe=""),
            context_id=quote(str(context_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> PartnerUserContext | None:
    if response.status_code == 200:
        response_200 = PartnerUserContext.from_dict(loads(response.content))

        return response_200

    return None
