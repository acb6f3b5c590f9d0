import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.integration_widget_file_detach_result import (
    IntegrationWidgetFileDetachResult,
)


def _get_kwargs(
    widget_integration_id: str,
    file_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration/widget/{widget_integration_id}/file/{file_id}/detach".format(
            widget_integration_id=quote(str(widget_integration_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> IntegrationWidgetFileDetachResult | None:
    if response.status_code == 200:
        response_200 = IntegrationWidgetFileDetachResult.from_dict(loads(response.content))

        return response_200

    return None
