import json
from collections.abc import Callable
from typing import Any

import httpx

from ...models.event_log_subscribe_item_event import EventLogSubscribeItemEvent
from ...models.event_log_subscribe_request import EventLogSubscribeRequest


def _get_kwargs(
    *,
    body: EventLogSubscribeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/event/log/subscribe",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> EventLogSubscribeItemEvent | None:
    if response.status_code == 200:
        response_200 = EventLogSubscribeItemEvent.from_dict(loads(response.content))

        return response_200

    return None
