import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.skillset import Skillset


def _get_kwargs(
    skillset_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/skillset/{skillset_id}/fetch".format(
            skillset_id=quote(str(skillset_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Skillset | None:
    if response.status_code == 200:
        response_200 = Skillset.from_dict(loads(response.content))

        return response_200

    return None
