import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.conversation_attachment_page import ConversationAttachmentPage
from ...types import UNSET, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    cursor: str | Unset = UNSET,
    take: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["take"] = take

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/conversation/{conversation_id}/attachment/list".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> ConversationAttachmentPage | None:
    if response.status_code == 200:
        response_200 = ConversationAttachmentPage.from_dict(loads(response.content))

        return response_200

    return None
