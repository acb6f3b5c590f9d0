import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.space_storage_upload_form import SpaceStorageUploadForm
from ...models.space_storage_upload_request_option_1 import (
    SpaceStorageUploadRequestOption1,
)
from ...models.space_storage_upload_request_option_2 import (
    SpaceStorageUploadRequestOption2,
)
from ...models.space_storage_upload_result import SpaceStorageUploadResult
from ...types import UNSET, File, Unset


def _get_kwargs(
    space_id: str,
    path: str,
    *,
    body: SpaceStorageUploadRequestOption1
    | SpaceStorageUploadRequestOption2
    | SpaceStorageUploadForm
    | File
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/space/{space_id}/storage/upload/{path}".format(
            space_id=quote(str(space_id), safe=""),
            path=quote(str(path), safe=""),
        ),
    }

    if isinstance(body, SpaceStorageUploadRequestOption1 | SpaceStorageUploadRequestOption2):
        if isinstance(body, SpaceStorageUploadRequestOption1):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, SpaceStorageUploadForm):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> SpaceStorageUploadResult | None:
    if response.status_code == 200:
        response_200 = SpaceStorageUploadResult.from_dict(loads(response.content))

        return response_200

    return None
