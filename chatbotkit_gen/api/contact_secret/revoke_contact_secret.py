import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.contact_secret_revoke_request import ContactSecretRevokeRequest
from ...models.id_result import IdResult


def _get_kwargs(
    contact_id: str,
    secret_id: str,
    *,
    body: ContactSecretRevokeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/contact/{contact_id}/secret/{secret_id}/revoke".format(
            contact_id=quote(str(contact_id), safe=""),
            secret_id=quote(str(secret_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> IdResult | None:
    if response.status_code == 200:
        response_200 = IdResult.from_dict(loads(response.content))

        return response_200

    return None
