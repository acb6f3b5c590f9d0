import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx


def _get_kwargs(
    skillserver_integration_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integration/skillserver/{skillserver_integration_id}/invoke".format(
            skillserver_integration_id=quote(str(skillserver_integration_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    return None
