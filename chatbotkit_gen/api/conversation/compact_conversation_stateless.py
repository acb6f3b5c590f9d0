import json
from collections.abc import Callable
from typing import Any

import httpx

from ...models.compact_conversation_stateless_request import (
    CompactConversationStatelessRequest,
)
from ...models.compact_conversation_stateless_result import (
    CompactConversationStatelessResult,
)
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: CompactConversationStatelessRequest,
    x_timezone: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_timezone, Unset):
        headers["X-Timezone"] = x_timezone

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/compact",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> CompactConversationStatelessResult | None:
    if response.status_code == 200:
        response_200 = CompactConversationStatelessResult.from_dict(loads(response.content))

        return response_200

    return None
