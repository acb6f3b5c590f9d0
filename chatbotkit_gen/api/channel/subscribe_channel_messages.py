import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.channel_subscribe_message_event import ChannelSubscribeMessageEvent
from ...models.channel_subscribe_request import ChannelSubscribeRequest


def _get_kwargs(
    channel_id: str,
    *,
    body: ChannelSubscribeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/channel/{channel_id}/subscribe".format(
            channel_id=quote(str(channel_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> ChannelSubscribeMessageEvent | None:
    if response.status_code == 200:
        response_200 = ChannelSubscribeMessageEvent.from_dict(loads(response.content))

        return response_200

    return None
