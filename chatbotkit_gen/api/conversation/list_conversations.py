import json
from collections.abc import Callable
from typing import Any

import httpx

from ...models.conversation_page import ConversationPage
from ...models.meta_param import MetaParam
from ...models.order import Order
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    order: Order | Unset = UNSET,
    take: int | Unset = UNSET,
    meta: MetaParam | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["take"] = take

    json_meta: dict[str, Any] | Unset = UNSET
    if not isinstance(meta, Unset):
        json_meta = meta.to_dict()
    if not isinstance(json_meta, Unset):
        params.update({f"meta.{key}": value for key, value in json_meta.items()})

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversation/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> ConversationPage | None:
    if response.status_code == 200:
        response_200 = ConversationPage.from_dict(loads(response.content))

        return response_200

    return None
