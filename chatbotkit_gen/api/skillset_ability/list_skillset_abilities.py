import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.order import Order
from ...models.skillset_ability_page import SkillsetAbilityPage
from ...types import UNSET, Unset


def _get_kwargs(
    skillset_id: str,
    *,
    cursor: str | Unset = UNSET,
    order: Order | Unset = UNSET,
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
        "url": "/skillset/{skillset_id}/ability/list".format(
            skillset_id=quote(str(skillset_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> SkillsetAbilityPage | None:
    if response.status_code == 200:
        response_200 = SkillsetAbilityPage.from_dict(loads(response.content))

        return response_200

    return None
