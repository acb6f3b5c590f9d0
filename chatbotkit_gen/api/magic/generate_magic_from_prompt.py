import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.magic_generate_request import MagicGenerateRequest
from ...models.magic_generate_result import MagicGenerateResult


def _get_kwargs(
    prompt_id: str,
    *,
    body: MagicGenerateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/magic/{prompt_id}/generate".format(
            prompt_id=quote(str(prompt_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> MagicGenerateResult | None:
    if response.status_code == 200:
        response_200 = MagicGenerateResult.from_dict(loads(response.content))

        return response_200

    return None
