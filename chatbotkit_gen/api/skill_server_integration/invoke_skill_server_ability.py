import json
from collections.abc import Callable
from typing import Any, Literal
from urllib.parse import quote

import httpx

from ...models.invoke_skill_server_ability_request import (
    InvokeSkillServerAbilityRequest,
)
from ...types import UNSET, Unset


def _get_kwargs(
    skillserver_integration_id: str,
    *,
    body: InvokeSkillServerAbilityRequest,
    format_: Literal["json"] | Unset = UNSET,
    session: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["format"] = format_

    params["session"] = session

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integration/skillserver/{skillserver_integration_id}/invoke".format(
            skillserver_integration_id=quote(str(skillserver_integration_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    return None
