import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.accept import Accept
from ...models.blueprint_resource_export_page import BlueprintResourceExportPage
from ...types import UNSET, Unset


def _get_kwargs(
    blueprint_id: str,
    *,
    accept: Accept | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept, Unset):
        headers["Accept"] = str(accept)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/blueprint/{blueprint_id}/resource/export".format(
            blueprint_id=quote(str(blueprint_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> BlueprintResourceExportPage | None:
    if response.status_code == 200:
        response_200 = BlueprintResourceExportPage.from_dict(loads(response.content))

        return response_200

    return None
