import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.contact import Contact


def _get_kwargs(
    contact_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contact/{contact_id}/fetch".format(
            contact_id=quote(str(contact_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> Contact | None:
    if response.status_code == 200:
        response_200 = Contact.from_dict(loads(response.content))

        return response_200

    return None
