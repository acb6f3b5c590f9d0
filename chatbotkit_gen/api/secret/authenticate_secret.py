import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.secret_authenticate_request import SecretAuthenticateRequest
from ...models.secret_authenticate_result import SecretAuthenticateResult


def _get_kwargs(
    secret_id: str,
    *,
    body: SecretAuthenticateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/secret/{secret_id}/authenticate".format(
            secret_id=quote(str(secret_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> SecretAuthenticateResult | None:
    if response.status_code == 200:
        response_200 = SecretAuthenticateResult.from_dict(loads(response.content))

        return response_200

    return None
