import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.file_upload_form import FileUploadForm
from ...models.file_upload_request_option_1 import FileUploadRequestOption1
from ...models.file_upload_request_option_2 import FileUploadRequestOption2
from ...models.file_upload_result import FileUploadResult
from ...types import UNSET, File, Unset


def _get_kwargs(
    file_id: str,
    *,
    body: FileUploadRequestOption1
    | FileUploadRequestOption2
    | FileUploadForm
    | File
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/file/{file_id}/upload".format(
            file_id=quote(str(file_id), safe=""),
        ),
    }

    if isinstance(body, FileUploadRequestOption1 | FileUploadRequestOption2):
        if isinstance(body, FileUploadRequestOption1):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, FileUploadForm):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> FileUploadResult | None:
    if response.status_code == 200:
        response_200 = FileUploadResult.from_dict(loads(response.content))

        return response_200

    return None
