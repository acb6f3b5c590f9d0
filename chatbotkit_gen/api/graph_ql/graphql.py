import json
from collections.abc import Callable
from typing import Any

import httpx

from ...models.graphql_request import GraphqlRequest
from ...models.graphql_result import GraphqlResult


def _get_kwargs(
    *,
    body: GraphqlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/graphql",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> GraphqlResult | None:
    if response.status_code == 200:
        response_200 = GraphqlResult.from_dict(loads(response.content))

        return response_200

    return None
