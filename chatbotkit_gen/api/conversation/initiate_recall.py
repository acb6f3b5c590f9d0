import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.integration_recall_initiate_request import (
    IntegrationRecallInitiateRequest,
)
from ...models.integration_recall_initiate_result import IntegrationRecallInitiateResult


def _get_kwargs(
    recall_integration_id: str,
    *,
    body: IntegrationRecallInitiateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration/recall/{recall_integration_id}/initiate".format(
            recall_integration_id=quote(str(recall_integration_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> IntegrationRecallInitiateResult | None:
    if response.status_code == 200:
        response_200 = IntegrationRecallInitiateResult.from_dict(loads(response.content))

        return response_200

    return None
