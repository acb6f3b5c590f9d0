"""File transfers: uploads in two steps (the vendor's way) and downloads in any answer form."""

# Uploads (``cbk.file.upload(file_id, data)``, conversation attachments, space storage):
#
# - ``data`` is ``bytes``, a binary file object, a ``pathlib.Path`` (any ``os.PathLike``), an
#   async iterable of ``bytes``, or a ``(filename, data[, content_type])`` tuple.
# - ``transfer="two-step"`` (default, what ChatBotKit's own clients send): step 1 POSTs
#   ``{"file": {"type", "size", "name"}}``; its ``uploadRequest`` names where step 2 sends the
#   bytes, streamed in chunks with a fixed ``Content-Length``. Our ``Authorization`` and run-as
#   headers go to the API's own origin only. A retry of step 2 re-reads a path or seeks a file
#   object back; an async iterable given with ``size=`` is sent once (never retried); one
#   without ``size`` is spooled to a temporary file first (memory stays bounded).
# - ``transfer="multipart"`` or ``"raw"``: one request, ``multipart/form-data`` or the bytes as
#   the body (``application/octet-stream``).
# - a ``str`` (a URL) or a mapping is sent as the JSON body ``{"file": ...}``, as given.
#
# Downloads (``cbk.file.download(id)`` and ``.stream()``) send ``Accept: */*`` and take the file
# from whichever answer comes: the bytes, a redirect (at most 5 hops) or JSON ``{"url": ...}``
# (fetched; other JSON is the file itself). ``204 No Content`` raises :class:`NoContentError`.

from __future__ import annotations

import io
import mimetypes
import os
import tempfile
from collections.abc import AsyncIterable, AsyncIterator, Callable, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, TypeAlias, TypeVar

import attrs
import httpx

from chatbotkit_gen.types import File

from ._check import text
from ._exceptions import (
    ChatBotKitError,
    DownloadError,
    NoContentError,
    UploadError,
    error_from_transport,
)
from ._headers import SECRET_HEADERS
from ._json import Decode
from ._pool import close_response
from ._types import RequestOptions

if TYPE_CHECKING:
    from ._client import AsyncChatBotKit
    from ._streaming import AsyncByteStream

T = TypeVar("T")

__all__ = [
    "MAX_REDIRECTS",
    "UploadInput",
    "UploadTransfer",
    "download",
    "download_stream",
    "upload",
]

UploadInput: TypeAlias = (
    "bytes | bytearray | memoryview | IO[bytes] | os.PathLike[str] | AsyncIterable[bytes]"
    " | tuple[str | None, Any] | tuple[str | None, Any, str | None] | str | Mapping[str, Any]"
)
UploadTransfer: TypeAlias = Literal["two-step", "multipart", "raw"]

CHUNK = 1024 * 1024
"""Bytes read per step of a streamed upload body."""
SPOOL_IN_MEMORY = 8 * 1024 * 1024
"""An unsized async iterable is spooled in memory up to this size, then to a temporary file."""
MAX_REDIRECTS = 5
_POINTER_MAX = 64 * 1024
"""A JSON download answer larger than this is the file itself, not a ``{"url"}`` pointer."""


def _origin(url: httpx.URL | str) -> tuple[str, str, int | None]:
    url = httpx.URL(url)
    return url.scheme, url.host, url.port


def _joined(base: httpx.URL, url: str, error: ChatBotKitError) -> httpx.URL:
    """``url`` resolved against ``base``; ``error`` (its cause set) if httpx cannot parse it."""
    try:
        return base.join(url)
    except httpx.InvalidURL as exc:
        error.__cause__ = exc
    raise error


def _private(headers: httpx.Headers, url: httpx.URL, api_url: str) -> httpx.Headers:
    """``headers`` without our credentials when ``url`` is not the API's own origin."""
    if _origin(url) == _origin(api_url):
        return headers
    return httpx.Headers([(k, v) for k, v in headers.multi_items() if k not in SECRET_HEADERS])


# ------------------------------------------------------------------------------- uploads


@attrs.define(slots=True)
class _Source:
    """Upload bytes: their size and a way to read them (again, unless ``one_shot``)."""

    size: int
    name: str | None
    chunks: Callable[[], AsyncIterator[bytes]]
    what: str
    one_shot: bool = False
    check: Callable[[], None] | None = None
    """Run before each send: raises if the source changed since step 1."""
    file: Callable[[], IO[bytes]] | None = None
    """Opens a seekable binary file of the bytes (for multipart); None for one-shot sources."""
    cleanup: Callable[[], None] | None = None


class _Body:
    """Step 2's (or a raw upload's) body: re-iterable per attempt, checked against ``size``."""

    def __init__(self, source: _Source) -> None:
        self._source = source
        self._sent = False

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[bytes]:
        source = self._source
        if source.one_shot and self._sent:
            raise UploadError(
                f"{source.what} is a one-shot async iterable: it was sent once and cannot be"
                " re-sent (pass bytes, a path or a seekable file to allow retries)"
            )
        self._sent = True
        if source.check is not None:
            source.check()
        count = 0
        async for chunk in source.chunks():
            count += len(chunk)
            if count > source.size:
                raise UploadError(
                    f"{source.what} holds more than the {source.size} bytes announced in step 1"
                )
            yield chunk
        if count != source.size:
            raise UploadError(
                f"{source.what} ended after {count} of the {source.size} bytes announced in step 1"
            )


def _bytes_source(data: bytes, what: str) -> _Source:
    async def chunks() -> AsyncIterator[bytes]:
        view = memoryview(data)
        for start in range(0, len(view), CHUNK):
            yield bytes(view[start : start + CHUNK])

    return _Source(len(data), None, chunks, what, file=lambda: io.BytesIO(data))


def _file_chunks(file: IO[bytes], start: int, what: str) -> Callable[[], AsyncIterator[bytes]]:
    async def chunks() -> AsyncIterator[bytes]:
        import anyio.to_thread

        await anyio.to_thread.run_sync(file.seek, start)
        while True:
            chunk = await anyio.to_thread.run_sync(file.read, CHUNK)
            if not isinstance(chunk, bytes):
                raise UploadError(f"{what} must be opened in binary mode ('rb')")
            if not chunk:
                return
            yield chunk

    return chunks


def _path_source(path: Path) -> _Source:
    what = f"file {str(path)!r}"
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UploadError(f"Cannot upload {what}: it does not exist; nothing was sent") from None
    except OSError as exc:
        raise UploadError(f"Cannot upload {what}: {exc.strerror}; nothing was sent") from None
    if path.is_dir():
        raise UploadError(f"Cannot upload {what}: it is a directory; nothing was sent")

    def check() -> None:
        try:
            now = path.stat().st_size
        except OSError:
            raise UploadError(f"{what} disappeared before its bytes were sent") from None
        if now != size:
            raise UploadError(
                f"{what} changed size between step 1 and step 2 ({size} -> {now} bytes);"
                " its bytes were not sent"
            )

    async def chunks() -> AsyncIterator[bytes]:
        import anyio

        async with await anyio.open_file(path, "rb") as file:
            while chunk := await file.read(CHUNK):
                yield chunk

    def opened() -> IO[bytes]:
        check()
        return open(path, "rb")

    return _Source(size, path.name, chunks, what, check=check, file=opened)


def _file_source(file: IO[bytes]) -> _Source | None:
    """A seekable binary file object, read from its current position; None if not seekable."""
    try:
        if not file.seekable():
            return None
        start = file.tell()
        size = file.seek(0, os.SEEK_END) - start
        file.seek(start)
    except (AttributeError, OSError, ValueError):
        return None
    name = getattr(file, "name", None)
    name = os.path.basename(name) if isinstance(name, str) else None
    what = f"file object {name!r}" if name else "the file object"
    return _Source(size, name, _file_chunks(file, start, what), what, file=lambda: file)


async def _spooled(data: AsyncIterable[bytes] | IO[bytes], what: str) -> _Source:
    """Copy an unsized stream to a temporary file (in memory up to ``SPOOL_IN_MEMORY``)."""
    spool: Any = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)
    try:
        if isinstance(data, AsyncIterable):
            async for chunk in data:
                spool.write(_as_bytes(chunk, what))
        else:
            while chunk := data.read(CHUNK):
                spool.write(_as_bytes(chunk, what))
    except BaseException:
        spool.close()
        raise
    size = spool.tell()
    return _Source(
        size, None, _file_chunks(spool, 0, what), what, file=lambda: spool, cleanup=spool.close
    )


def _as_bytes(chunk: object, what: str) -> bytes:
    if isinstance(chunk, bytes | bytearray | memoryview):
        return bytes(chunk)
    raise UploadError(f"{what} must hold bytes, not {type(chunk).__name__}")


async def _source(data: Any, size: int | None, transfer: UploadTransfer) -> _Source:
    if isinstance(data, bytes | bytearray | memoryview):
        return _bytes_source(bytes(data), f"the {len(data)} bytes")
    if isinstance(data, os.PathLike):
        return _path_source(Path(data))
    if isinstance(data, AsyncIterable):
        what = "the async iterable"
        if size is None or transfer == "multipart":
            return await _spooled(data, what)
        iterator = aiter(data)

        async def once() -> AsyncIterator[bytes]:
            async for chunk in iterator:
                yield _as_bytes(chunk, what)

        return _Source(size, None, once, what, one_shot=True)
    if callable(getattr(data, "read", None)):
        source = _file_source(data)
        if source is None:
            name = getattr(data, "name", None)
            source = await _spooled(data, f"file object {name!r}" if name else "the file object")
        return source
    raise UploadError(
        "Upload data must be bytes, a binary file object, a pathlib.Path or an async"
        f" iterable of bytes, not {type(data).__name__}"
    )


async def upload(
    client: AsyncChatBotKit,
    options: RequestOptions,
    file: Any,
    *,
    filename: str | None,
    content_type: str | None,
    size: int | None,
    transfer: UploadTransfer,
    json_model: Any,
    files_model: Any,
    kwargs: Callable[[Any], dict[str, Any]],
    parse: Callable[[httpx.Response, Decode], T | None],
) -> T:
    """Send an upload operation (see the notes at the top) and return step 1's answer."""
    if transfer not in ("two-step", "multipart", "raw"):
        raise UploadError(f"transfer must be 'two-step', 'multipart' or 'raw', not {transfer!r}")
    if isinstance(file, str | Mapping):
        if transfer != "two-step":
            raise UploadError(f"transfer={transfer!r} needs file bytes, not a URL or a mapping")
        body = json_model.from_dict({"file": dict(file) if isinstance(file, Mapping) else file})
        return await client._request(kwargs(body), parse, options)
    if isinstance(file, tuple):
        filename = file[0] if filename is None else filename
        if content_type is None and len(file) > 2:
            content_type = file[2]
        file = file[1]
    for parameter, value in (("filename", filename), ("content_type", content_type)):
        if value is not None:
            text(value, parameter)
    try:
        source = await _source(file, size, transfer)
    except OSError as exc:
        raise _read_failed(exc, "the upload's data") from exc
    try:
        name = filename if filename is not None else source.name
        media = content_type or (mimetypes.guess_type(name)[0] if name else None)
        media = media or "application/octet-stream"
        if transfer == "two-step":
            announced = {"type": media, "size": source.size, **({"name": name} if name else {})}
            answer = await client._request(
                kwargs(json_model.from_dict({"file": announced})), parse, options
            )
            await _step_two(client, options, source, answer)
            return answer
        if transfer == "raw":
            kw = kwargs(File(payload=io.BytesIO(), file_name=name, mime_type=media))
            kw["content"] = _Body(source)
            kw["headers"] = {**kw["headers"], "Content-Length": str(source.size)}
            sender = client.with_options(max_retries=0) if source.one_shot else client
            return await sender._request(kw, parse, options)
        assert source.file is not None  # multipart: one-shot sources were spooled
        handle = source.file()
        try:
            upload_file = File(payload=handle, file_name=name, mime_type=media)  # type: ignore[arg-type]
            return await client._request(kwargs(files_model(file=upload_file)), parse, options)
        finally:
            if handle is not file:  # opened here (a path, bytes), not the caller's object
                handle.close()
    except OSError as exc:  # reading the source (httpx maps the network's own OSErrors)
        raise _read_failed(exc, source.what) from exc
    finally:
        if source.cleanup is not None:
            source.cleanup()


def _read_failed(exc: OSError, what: str) -> UploadError:
    """The error for a source that failed while its bytes were read (a disk, a file object)."""
    return UploadError(f"Reading {what} failed ({exc}); the upload was aborted")


async def _step_two(
    client: AsyncChatBotKit, options: RequestOptions, source: _Source, answer: Any
) -> None:
    """Send the bytes where step 1's ``uploadRequest`` says (streamed, retried if re-readable)."""
    from ._convert import to_wire

    wire = to_wire(answer)
    target = wire.get("uploadRequest") if isinstance(wire, Mapping) else None
    if not isinstance(target, Mapping) or not isinstance(target.get("url"), str):
        raise UploadError(
            "Step 1 of the upload answered without an uploadRequest, so the bytes were not"
            " sent (transfer='multipart' sends them in one request)"
        )
    url = _joined(
        httpx.URL(client.base_url + "/"),
        target["url"],
        UploadError("Step 1's uploadRequest.url is not a usable URL, so the bytes were not sent"),
    )
    ours = client._build_request({"method": "GET", "url": ""}, options, "*/*")
    headers = _private(ours.headers, url, client.base_url)
    headers["Content-Type"] = "application/octet-stream"
    for key, value in (target.get("headers") or {}).items():
        headers[str(key)] = str(value)
    headers["Content-Length"] = str(source.size)  # not chunked: storage services refuse that
    request = client._http.build_request(
        str(target.get("method") or "PUT").upper(),
        url,
        headers=headers,
        content=_Body(source),
        timeout=client.timeout if options.timeout is None else options.timeout,
    )
    sender = client.with_options(max_retries=0) if source.one_shot else client
    try:
        # Re-sending the same bytes to the same upload URL is safe: retried like a GET.
        await sender._send(request, stream=False, idempotent=not source.one_shot)
    except UploadError:
        raise
    except ChatBotKitError as exc:
        add_note = getattr(exc, "add_note", None)  # Python 3.11+
        if source.one_shot and add_note is not None:
            add_note("Step 2 was not retried: its body is a one-shot async iterable")
        raise


# ----------------------------------------------------------------------------- downloads


async def _open_download(
    client: AsyncChatBotKit, kwargs: dict[str, Any], options: RequestOptions
) -> httpx.Response:
    """The response carrying the file's bytes (unread), after redirects and a ``{"url"}``."""
    request = client._build_request(kwargs, options, "*/*")
    followed_json = False
    hops = 0
    while True:
        response = await client._send(request, stream=True, redirects=True)
        if response.is_redirect:
            await response.aclose()
            hops += 1
            location = response.headers.get("location")
            if not location:
                raise DownloadError("A download redirect came without a Location", request=request)
            if hops > MAX_REDIRECTS:
                raise DownloadError(
                    f"The download redirected more than {MAX_REDIRECTS} times", request=request
                )
            request = _hop(client, request, request.url.join(location))
            continue
        if response.status_code == 204:
            await response.aclose()
            raise NoContentError(
                "The download answered 204 No Content: nothing is stored for it yet",
                request=request,
            )
        if followed_json or not _maybe_pointer(response):
            return response
        body, rest = await _read_head(response, request)
        url = None if rest is not None else _json_url(body)
        if url is None:  # JSON that is not {"url": ...}: the file itself (decoded)
            headers = [
                (k, v)
                for k, v in response.headers.multi_items()
                if k not in ("content-encoding", "content-length", "transfer-encoding")
            ]
            if rest is None:
                return httpx.Response(
                    response.status_code, headers=headers, content=body, request=request
                )
            return httpx.Response(
                response.status_code,
                headers=headers,
                stream=_HeadAndRest(body, rest, response),
                request=request,
            )
        followed_json, hops = True, 0
        unusable = DownloadError("The download's JSON url is not a usable URL", request=request)
        request = _hop(client, request, _joined(request.url, url, unusable))


def _maybe_pointer(response: httpx.Response) -> bool:
    """A small JSON answer, which may be ``{"url": ...}`` rather than the file's bytes."""
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    length = response.headers.get("content-length", "0")
    return media == "application/json" and (not length.isdigit() or int(length) <= _POINTER_MAX)


def _json_url(body: bytes) -> str | None:
    import json

    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, or too deep for json: the file itself
        return None
    url = data.get("url") if isinstance(data, dict) else None
    return url if isinstance(url, str) and url else None


async def _read_head(
    response: httpx.Response, request: httpx.Request
) -> tuple[bytes, AsyncIterator[bytes] | None]:
    """A JSON answer's first bytes, up to one more than a ``{"url"}`` pointer may hold (a
    chunked one has no length to go by), and the iterator of the rest; ``None`` (and the
    response closed) when the body ended within them."""
    chunks = response.aiter_bytes()
    parts: list[bytes] = []
    size = 0
    try:
        async for chunk in chunks:
            parts.append(chunk)
            size += len(chunk)
            if size > _POINTER_MAX:
                return b"".join(parts), chunks
    except httpx.RequestError as exc:  # DecodingError too: see _body for the byte chunks
        error = error_from_transport(exc, request)
    except BaseException:
        await close_response(response, failed=True)
        raise
    else:
        await response.aclose()
        return b"".join(parts), None
    await response.aclose()
    raise error


class _HeadAndRest(httpx.AsyncByteStream):
    """A large JSON file's body: the bytes read to see it was no pointer, then the rest."""

    def __init__(self, head: bytes, rest: AsyncIterator[bytes], response: httpx.Response):
        self._head, self._rest, self._response = head, rest, response
        self._stream = response.stream  # for _pool.close_response to reach the connection

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._head
        async for chunk in self._rest:
            yield chunk

    async def aclose(self) -> None:
        await self._rest.aclose()  # type: ignore[attr-defined]
        await self._response.aclose()


def _hop(client: AsyncChatBotKit, previous: httpx.Request, url: httpx.URL) -> httpx.Request:
    """A GET of ``url`` with ``previous``'s headers, credentials dropped for another origin."""
    headers = _private(previous.headers, url, str(previous.url))
    timeout = httpx.Timeout(**previous.extensions["timeout"])
    return client._http.build_request("GET", url, headers=headers, timeout=timeout)


async def _read(response: httpx.Response, request: httpx.Request) -> bytes:
    try:
        return await response.aread()
    except httpx.RequestError as exc:  # DecodingError too: see _body for the byte chunks
        error = error_from_transport(exc, request)
    finally:
        await response.aclose()
    raise error


async def download(
    client: AsyncChatBotKit, kwargs: dict[str, Any], options: RequestOptions
) -> bytes:
    """The whole file's bytes (see the notes at the top of this module)."""
    response = await _open_download(client, kwargs, options)
    return await _read(response, response.request)


def download_stream(
    client: AsyncChatBotKit, kwargs: dict[str, Any], options: RequestOptions
) -> AsyncByteStream:
    """The file in chunks: ``async with cbk.file.download.stream(id) as s: async for chunk in s``."""
    from ._streaming import AsyncByteStream

    return AsyncByteStream(lambda: _open_download(client, kwargs, options))
