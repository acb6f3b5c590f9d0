import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from ...models.conversation_attachment_upload_form import (
    ConversationAttachmentUploadForm,
)
from ...models.conversation_attachment_upload_request_option_1 import (
    ConversationAttachmentUploadRequestOption1,
)
from ...models.conversation_attachment_upload_request_option_2 import (
    ConversationAttachmentUploadRequestOption2,
)
from ...models.conversation_attachment_upload_result import (
    ConversationAttachmentUploadResult,
)
from ...types import UNSET, File, Unset


def _get_kwargs(
    conversation_id: str,
    *,
    body: ConversationAttachmentUploadRequestOption1
    | ConversationAttachmentUploadRequestOption2
    | ConversationAttachmentUploadForm
    | File
    | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/conversation/{conversation_id}/attachment/upload".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
    }

    if isinstance(
        body,
        ConversationAttachmentUploadRequestOption1 | ConversationAttachmentUploadRequestOption2,
    ):
        if isinstance(body, ConversationAttachmentUploadRequestOption1):
            _kwargs["json"] = body.to_dict()
        else:
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, ConversationAttachmentUploadForm):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response, loads: Callable[[bytes], Any] = json.loads
) -> ConversationAttachmentUploadResult | None:
    if response.status_code == 200:
        response_200 = ConversationAttachmentUploadResult.from_dict(loads(response.content))

        return response_200

    return None
