import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.order import Order
from ...models.partner_user_context_page import PartnerUserContextPage
from ...types import UNSET, Unset


def _get_kwargs(
    user_id: str,
    *,
    cursor: str | Unset = UNSET,
    order: Order | Unset = UNSET,
    take: int | Unset = UNSET,
    blueprint_id: str | Unset = UNSET,
    bot_id: str | Unset = UNSET,
    dataset_id: str | Unset = UNSET,
    skillset_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["take"] = take

    params["blueprintId"] = blueprint_id

    params["botId"] = bot_id

    params["datasetId"] = dataset_id

    params["skillsetId"] = skillset_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/user/{user_id}/context/list".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> PartnerUserContextPage | None:
    if response.status_code == 200:
        response_200 = PartnerUserContextPage.from_dict(loads(response.content))

        return response_200

    return None
