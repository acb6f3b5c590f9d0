"""Upload bodies: ``file=`` of ``cbk.file.upload(...)`` and the other upload operations.

- ``bytes``, a binary file object or a ``(filename, bytes or file[, content_type])`` tuple is
  sent as ``multipart/form-data`` (field ``file``), or with ``raw=True`` as the request body
  (``application/octet-stream``). File objects are read into memory so a retry resends them.
- a ``str`` (a URL) or a mapping (``{"type": ..., "size": ..., "name": ...}``) is sent as the
  JSON body ``{"file": ...}``.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import IO, Any, TypeAlias

from chatbotkit_gen.types import File

__all__ = ["UploadInput", "upload_body"]

UploadInput: TypeAlias = (
    "bytes | IO[bytes] | tuple[str | None, bytes | IO[bytes]]"
    " | tuple[str | None, bytes | IO[bytes], str | None] | str | Mapping[str, Any]"
)


def _read(data: bytes | IO[bytes]) -> bytes:
    if isinstance(data, bytes | bytearray | memoryview):
        return bytes(data)
    if hasattr(data, "read"):
        content = data.read()
        if isinstance(content, bytes):
            return content
    raise TypeError(f"file data must be bytes or a binary file object, not {type(data).__name__}")


def upload_body(
    file: Any,
    *,
    filename: str | None,
    content_type: str | None,
    raw: bool,
    json_model: Any,
    files_model: Any,
) -> Any:
    """The generated body object the endpoint's ``_get_kwargs`` turns into the request."""
    if isinstance(file, str | Mapping):
        if raw:
            raise TypeError("raw=True needs file bytes, not a URL or a mapping")
        return json_model.from_dict({"file": dict(file) if isinstance(file, Mapping) else file})
    if isinstance(file, tuple):
        filename = file[0] if filename is None else filename
        content_type = (
            (file[2] if len(file) > 2 else None) if content_type is None else content_type
        )
        file = file[1]
    payload = io.BytesIO(_read(file))
    if filename is None:
        name = getattr(file, "name", None)
        filename = name.rsplit("/", 1)[-1] if isinstance(name, str) else None
    upload = File(payload=payload, file_name=filename, mime_type=content_type)
    return upload if raw else files_model(file=upload)
