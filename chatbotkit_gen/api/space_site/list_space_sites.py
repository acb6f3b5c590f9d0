import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.meta_param import MetaParam
from ...models.order import Order
from ...models.space_site_page import SpaceSitePage
from ...types import UNSET, Unset


def _get_kwargs(
    space_id: str,
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
        "url": "/space/{space_id}/site/list".format(
            space_id=quote(str(space_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> SpaceSitePage | None:
    if response.status_code == 200:
        response_200 = SpaceSitePage.from_dict(loads(response.content))

        return response_200

    return None
