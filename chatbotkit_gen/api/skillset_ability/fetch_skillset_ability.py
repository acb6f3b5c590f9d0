import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.skillset_ability import SkillsetAbility


def _get_kwargs(
    skillset_id: str,
    ability_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/skillset/{skillset_id}/ability/{ability_id}/fetch".format(
            skillset_id=quote(str(skillset_id), safe=""),
            ability_id=quote(str(ability_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> SkillsetAbility | None:
    if response.status_code == 200:
        response_200 = SkillsetAbility.from_dict(loads(response.content))

        return response_200

    return None
