"""Uploads, downloads and dataset search: the actions that work on stored bytes and text.

Uploads take the vendor clients' two steps: step 1 (``{"file": {"type", "size", "name"}}``)
answers an ``uploadRequest`` whose URL is the emulator's own ``/_emulator/upload/<token>``;
step 2 sends the bytes there (no ``Authorization``: the token is the capability) and they
are stored only when their size is what step 1 announced. A raw ``application/octet-stream``
body, or the ``file`` part of a ``multipart/form-data`` body, is stored in one step. Downloads answer in one of three forms, chosen per request by
the ``X-Emulator-Download`` header (``bytes``, ``redirect``, ``url``) or the config's
``download_form``: the bytes, a 302 to ``/_emulator/blob/<token>``, or JSON ``{"url"}``;
``204`` while nothing is stored.
"""

from __future__ import annotations

import re
from email import policy
from email.parser import BytesParser
from typing import TYPE_CHECKING, Any

from ._engine import Call, Json, Raw, Result, bad_request, not_found
from ._store import Blob, UploadSlot, new_token

if TYPE_CHECKING:
    from ._engine import Engine

__all__ = [
    "DOWNLOAD_FORMS",
    "FORM_HEADER",
    "dataset_search",
    "download",
    "upload",
    "uploaded_bytes",
]

UPLOAD_PATH = "/_emulator/upload/"
BLOB_PATH = "/_emulator/blob/"
FORM_HEADER = "x-emulator-download"
DOWNLOAD_FORMS = ("bytes", "redirect", "url")
_WORD = re.compile(r"\w+")


def _key(engine: Engine, call: Call) -> tuple[tuple[str, ...], dict[str, Any]]:
    """The stored-bytes key of the call's target, and the answer's identifying fields."""
    parents = engine._parents(call)
    route = call.route
    if route.id_param is not None:
        name = str(engine._target(call, parents)["id"])
        context: dict[str, Any] = {"id": name}
    elif "path" in route.extra_params:
        name = call.params["path"]
        context = {"id": name, "path": name}
    else:  # a new attachment
        name = engine.world.ids()
        context = {"id": name}
    return (call.store.account_id, route.collection, *parents, name), context


async def upload(engine: Engine, call: Call) -> Result:
    key, context = _key(engine, call)
    files = engine.world.files
    if call.content is not None:  # one step: the bytes are the body (or its file part)
        files.blobs[key] = Blob(call.content, call.content_type or "application/octet-stream")
        return Json(context)
    file = call.body.get("file")
    if isinstance(file, dict):
        size, media = file.get("size"), file.get("type")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise bad_request("file.size: expected a non-negative integer")
        if not isinstance(media, str) or not media:
            raise bad_request("file.type: expected a media type")
        if isinstance(file.get("name"), str):
            context.setdefault("name", file["name"])
        token = new_token()
        files.slots[token] = UploadSlot(key, size, media)
        context["uploadRequest"] = {
            "method": "PUT",
            "url": call.origin + UPLOAD_PATH + token,
            "headers": {"Content-Type": media},
        }
    return Json(context)


def uploaded_bytes(content_type: str, body: bytes) -> tuple[bytes, str] | None:
    """A one-step upload's bytes and media type: a raw body, or the ``file`` part (else the
    first part with a file name) of a ``multipart/form-data`` body; None for other bodies."""
    media = content_type.split(";")[0].strip().lower()
    if media == "application/octet-stream":
        return body, media
    if media != "multipart/form-data":
        return None
    # The stdlib's MIME parser reads form-data too (python-multipart is not a dependency).
    head = b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n"
    message = BytesParser(policy=policy.HTTP).parsebytes(head + body)
    parts = list(message.iter_parts()) if message.is_multipart() else []
    named = [p for p in parts if p.get_param("name", header="content-disposition") == "file"]
    found = named or [p for p in parts if p.get_filename() is not None]
    if not found:
        raise bad_request("multipart upload: no file part")
    part = found[0]
    content = part.get_payload(decode=True)
    return (content if isinstance(content, bytes) else b""), part.get_content_type()


def store_upload(engine: Engine, token: str, content: bytes) -> None:
    """Step 2: keep the bytes if their size is what step 1 announced."""
    files = engine.world.files
    slot = files.slots.get(token)
    if slot is None:
        raise not_found("unknown or expired upload URL")
    if len(content) != slot.size:
        raise bad_request(
            f"upload size mismatch: {len(content)} bytes received, {slot.size} announced"
        )
    files.blobs[slot.key] = Blob(content, slot.media_type)


def shared_blob(engine: Engine, token: str) -> Blob:
    files = engine.world.files
    key = files.shares.get(token)
    blob = files.blobs.get(key) if key is not None else None
    if blob is None:
        raise not_found("unknown or expired download URL")
    return blob


async def download(engine: Engine, call: Call) -> Result:
    key, _ = _key(engine, call)
    files = engine.world.files
    blob = files.blobs.get(key)
    if blob is None:
        return Raw(b"", "", status=204)
    form = call.download_form or engine.config.download_form
    if form not in DOWNLOAD_FORMS:
        raise bad_request(f"{FORM_HEADER}: expected one of {', '.join(DOWNLOAD_FORMS)}")
    if form == "bytes":
        return Raw(blob.content, blob.media_type)
    token = new_token()
    files.shares[token] = key
    url = call.origin + BLOB_PATH + token
    if form == "redirect":
        return Raw(b"", "text/plain", status=302, headers={"Location": url})
    return Json({"url": url})


def _words(text: object) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} if isinstance(text, str) else set()


async def dataset_search(engine: Engine, call: Call) -> Result:
    """Records of the dataset sharing words with ``search``, most shared first."""
    dataset = engine._target(call, ())
    wanted = _words(call.body.get("search"))
    wanted_meta = call.body.get("filter") or {}
    scored: list[tuple[float, int, dict[str, Any]]] = []
    for record in call.store.bucket("dataset.record", (str(dataset["id"]),)).values():
        shared = len(wanted & _words(record.get("text")))
        meta = record.get("meta")
        meta = meta if isinstance(meta, dict) else {}
        if not shared or not _filter_ok(meta, wanted_meta):
            continue
        scored.append((shared / len(wanted), int(record.get("createdAt", 0)), record))
    scored.sort(key=lambda item: (-item[0], item[1]))
    records = [
        {
            **{k: record[k] for k in ("id", "text", "source", "meta") if k in record},
            "score": score,
        }
        for score, _, record in scored
    ]
    return Json({"id": dataset["id"], "records": records})


def _filter_ok(meta: dict[str, Any], wanted: object) -> bool:
    """Equality filters (``{"key": value}`` or ``{"key": {"$eq": value}}``) on meta."""
    if not isinstance(wanted, dict):
        return True
    for name, condition in wanted.items():
        value = condition.get("$eq") if isinstance(condition, dict) else condition
        if isinstance(condition, dict) and "$eq" not in condition:
            continue  # other operators: not modelled, not filtered
        if meta.get(name) != value:
            return False
    return True
