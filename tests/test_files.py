"""Uploads (two steps, every source, retries, bad input) and downloads (every answer form)."""

from __future__ import annotations

import asyncio
import io
import json
import os
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from chatbotkit import (
    APIConnectionError,
    AsyncChatBotKit,
    DownloadError,
    InternalServerError,
    NoContentError,
    RetryPolicy,
    UploadError,
)
from chatbotkit.testing import emulated_server
from tests._loopback import Reply, Seen, json_reply, recording_server
from tests.hostile._server import Conn, RawServer, chunked, response

TOKEN = "tok_files_0123456789"
API = "https://api.chatbotkit.com/v1"
STORAGE = "https://storage.example.com"
OCTETS = {"content-type": "application/octet-stream"}
NO_WAIT = RetryPolicy(max_retries=2, initial_delay=0.0, max_delay=0.0, jitter=0.0)


def upload_answer(url: str = STORAGE + "/put/f1") -> httpx.Response:
    return httpx.Response(
        200, json={"id": "f1", "uploadRequest": {"method": "PUT", "url": url, "headers": {}}}
    )


class Script:
    """A MockTransport answering API calls and storage calls by function; records bodies."""

    def __init__(
        self,
        api: Callable[[httpx.Request], httpx.Response] = lambda _: upload_answer(),
        storage: Callable[[httpx.Request], httpx.Response] = lambda _: httpx.Response(200),
    ) -> None:
        self.api, self.storage = api, storage
        self.seen: list[tuple[httpx.Request, bytes]] = []

    async def handle(self, request: httpx.Request) -> httpx.Response:
        body = b"".join([chunk async for chunk in request.stream])  # type: ignore[union-attr]
        self.seen.append((request, body))
        if request.url.host == "api.chatbotkit.com":
            return self.api(request)
        return self.storage(request)

    def client(self, **kwargs: Any) -> AsyncChatBotKit:
        kwargs.setdefault("retry_policy", NO_WAIT)
        return AsyncChatBotKit(token=TOKEN, transport=httpx.MockTransport(self.handle), **kwargs)

    @property
    def puts(self) -> list[bytes]:
        return [body for request, body in self.seen if request.method == "PUT"]

    def announced(self) -> dict[str, Any]:
        request, body = self.seen[0]
        assert request.url.path.endswith("/upload")
        file: dict[str, Any] = json.loads(body)["file"]
        return file


async def chunks(*parts: bytes) -> AsyncIterator[bytes]:
    for part in parts:
        yield part


# ---------------------------------------------------------------------------- sources


@pytest.mark.parametrize(
    "make",
    [
        lambda tmp: b"0123456789" * 300_000,
        lambda tmp: io.BytesIO(b"0123456789" * 300_000),
        lambda tmp: _write(tmp / "data.bin", b"0123456789" * 300_000),
        lambda tmp: chunks(b"0123456789" * 100_000, b"0123456789" * 200_000),
    ],
    ids=["bytes", "file-object", "path", "async-iterable-spooled"],
)
async def test_every_source_is_announced_then_streamed(
    make: Callable[[Path], Any], tmp_path: Path
) -> None:
    script = Script()
    async with script.client() as cbk:
        answer = await cbk.file.upload("f1", make(tmp_path))
    assert answer.id == "f1"
    assert script.announced()["size"] == 3_000_000
    assert script.puts == [b"0123456789" * 300_000]
    put = next(request for request, _ in script.seen if request.method == "PUT")
    assert put.headers["content-length"] == "3000000" and "transfer-encoding" not in put.headers


async def test_type_and_name_come_from_the_path_unless_given(tmp_path: Path) -> None:
    path = _write(tmp_path / "photo.png", b"\x89PNG")
    script = Script()
    async with script.client() as cbk:
        await cbk.file.upload("f1", path)
        await cbk.file.upload("f1", path, filename="x.csv")
        await cbk.file.upload("f1", b"abc")  # no name: not announced, generic type
    announced = [json.loads(body)["file"] for r, body in script.seen if r.method == "POST"]
    assert announced == [
        {"type": "image/png", "size": 4, "name": "photo.png"},
        {"type": "text/csv", "size": 4, "name": "x.csv"},
        {"type": "application/octet-stream", "size": 3},
    ]


async def test_step_two_to_the_api_origin_keeps_credentials() -> None:
    script = Script(
        api=lambda r: (
            upload_answer(API + "/storage/f1") if r.method == "POST" else httpx.Response(200)
        )
    )
    async with script.client() as cbk, cbk.as_user("kid") as sub:
        await sub.file.upload("f1", b"abc")
    put = script.seen[1][0]
    assert (
        put.headers["authorization"] == f"Bearer {TOKEN}"
        and put.headers["x-runas-user-id"] == "kid"
    )


async def test_other_upload_operations_take_two_steps_too() -> None:
    script = Script(
        api=lambda _: httpx.Response(
            200,
            json={
                "id": "a",
                "path": "p",
                "uploadRequest": {"method": "POST", "url": STORAGE + "/x", "headers": {}},
            },
        )
    )
    async with script.client() as cbk:
        await cbk.conversation.attachment.upload("c1", b"att")
        await cbk.space.storage.upload("s1", "dir/a.txt", b"sp")
    assert [(r.method, body) for r, body in script.seen if r.url.host != "api.chatbotkit.com"] == [
        ("POST", b"att"),
        ("POST", b"sp"),
    ]


async def test_multipart_and_raw_are_explicit(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", b"hello")
    script = Script(api=lambda _: httpx.Response(200, json={"id": "f1"}))
    async with script.client() as cbk:
        await cbk.file.upload("f1", path, transfer="multipart")
        await cbk.file.upload("f1", chunks(b"he", b"llo"), size=5, transfer="raw")
    (multipart, body1), (raw, body2) = script.seen
    assert multipart.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'filename="a.txt"' in body1 and b"hello" in body1
    assert raw.headers["content-type"] == "application/octet-stream" and body2 == b"hello"


def test_path_upload_and_download_on_trio(tmp_path: Path) -> None:
    import anyio

    path = _write(tmp_path / "t.txt", b"trio bytes")
    script = Script(
        api=lambda r: (
            upload_answer() if r.method == "POST" else httpx.Response(200, content=b"trio bytes")
        )
    )

    async def main() -> None:
        async with script.client() as cbk:
            await cbk.file.upload("f1", path)
            assert await cbk.file.download("f1") == b"trio bytes"

    anyio.run(main, backend="trio")
    assert script.puts == [b"trio bytes"]


# ---------------------------------------------------------------------------- retries


async def test_retry_of_step_two_rereads_path_and_file_object(tmp_path: Path) -> None:
    for source in (_write(tmp_path / "r.bin", b"payload"), io.BytesIO(b"payload")):
        answers = iter(
            [httpx.Response(500, json={"code": "INTERNAL_SERVER_ERROR"}), httpx.Response(200)]
        )
        script = Script(storage=lambda _, answers=answers: next(answers))
        async with script.client() as cbk:
            await cbk.file.upload("f1", source)
        assert script.puts == [b"payload", b"payload"]


async def test_one_shot_iterable_is_sent_once_and_says_so() -> None:
    script = Script(storage=lambda _: httpx.Response(500, json={"code": "INTERNAL_SERVER_ERROR"}))
    async with script.client() as cbk:
        with pytest.raises(InternalServerError) as caught:
            await cbk.file.upload("f1", chunks(b"one ", b"shot"), size=8)
    assert script.puts == [b"one shot"]
    assert any("not retried" in note for note in caught.value.__notes__)


# ---------------------------------------------------------------------------- bad input


async def test_missing_path_and_directory_fail_before_sending(tmp_path: Path) -> None:
    script = Script()
    async with script.client() as cbk:
        with pytest.raises(UploadError, match="does not exist"):
            await cbk.file.upload("f1", tmp_path / "missing.bin")
        with pytest.raises(UploadError, match="is a directory"):
            await cbk.file.upload("f1", tmp_path)
        with pytest.raises(UploadError, match="must be bytes"):
            await cbk.file.upload("f1", 12345)  # type: ignore[arg-type]
    assert script.seen == []


async def test_file_that_changes_size_between_steps_is_not_sent(tmp_path: Path) -> None:
    path = _write(tmp_path / "grows.log", b"12345")

    def grow(request: httpx.Request) -> httpx.Response:
        path.write_bytes(b"1234567890")
        return upload_answer()

    script = Script(api=grow)
    async with script.client() as cbk:
        with pytest.raises(UploadError, match="changed size between step 1 and step 2"):
            await cbk.file.upload("f1", path)
    assert script.puts == []  # step 2 never carried a wrong body


async def test_iterable_with_wrong_size_is_an_error_not_a_success() -> None:
    script = Script()
    async with script.client() as cbk:
        with pytest.raises(UploadError, match="ended after 3 of the 5 bytes"):
            await cbk.file.upload("f1", chunks(b"abc"), size=5)
        with pytest.raises(UploadError, match="more than the 2 bytes"):
            await cbk.file.upload("f1", chunks(b"abc"), size=2)


async def test_step_one_without_upload_request_is_an_error() -> None:
    script = Script(api=lambda _: httpx.Response(200, json={"id": "f1"}))
    async with script.client() as cbk:
        with pytest.raises(UploadError, match="without an uploadRequest"):
            await cbk.file.upload("f1", b"abc")


# ---------------------------------------------------------------------------- downloads


async def test_redirects_drop_credentials_cross_origin_and_stop_after_five() -> None:
    def api(request: httpx.Request) -> httpx.Response:
        hop = int(request.url.params.get("hop", "0"))
        if hop < 2:
            return httpx.Response(307, headers={"location": f"/v1/file/f1/download?hop={hop + 1}"})
        return httpx.Response(302, headers={"location": STORAGE + "/blob"})

    script = Script(api=api, storage=lambda _: httpx.Response(200, content=b"file"))
    async with script.client() as cbk, cbk.as_user("kid") as sub:
        assert await sub.file.download("f1") == b"file"
    hops = [request for request, _ in script.seen]
    assert [r.headers.get("authorization") is not None for r in hops] == [True, True, True, False]
    assert "x-runas-user-id" not in hops[-1].headers and hops[-1].headers["accept"] == "*/*"

    loop = Script(api=lambda r: httpx.Response(302, headers={"location": str(r.url)}))
    async with loop.client() as cbk:
        with pytest.raises(DownloadError, match="more than 5"):
            await cbk.file.download("f1")
    assert len(loop.seen) == 6


async def test_204_is_no_content_and_other_json_is_the_file() -> None:
    script = Script(api=lambda _: httpx.Response(204))
    async with script.client() as cbk:
        with pytest.raises(NoContentError):
            await cbk.file.download("f1")
        with pytest.raises(NoContentError):
            async with cbk.file.download.stream("f1"):
                pass
    script = Script(api=lambda _: httpx.Response(200, json={"status": "pending"}))
    async with script.client() as cbk:  # a JSON file, not a {"url"} pointer
        assert json.loads(await cbk.file.download("f1")) == {"status": "pending"}
        async with cbk.file.download.stream("f1") as stream:
            assert json.loads(b"".join([c async for c in stream])) == {"status": "pending"}
    assert len(script.seen) == 2


async def test_connection_drop_mid_body_is_api_connection_error() -> None:
    async with recording_server() as server:
        server.handler = lambda _: Reply(
            200, {"content-type": "application/octet-stream"}, b"x" * 100_000, drop_after=1000
        )
        async with AsyncChatBotKit(token=TOKEN, base_url=server.url + "/v1", max_retries=0) as cbk:
            with pytest.raises(APIConnectionError):
                await cbk.file.download("f1")


async def _reset(conn: Conn) -> None:
    await conn.send(response(200, b"x" * 1000, OCTETS, length=100_000))
    await asyncio.sleep(0.05)
    conn.reset()  # RST mid-body


async def _closed_short(conn: Conn) -> None:
    await conn.send(response(200, b"x" * 1000, OCTETS, length=100_000))  # FIN short of the length


async def _chunked_cut(conn: Conn) -> None:
    await conn.send(response(200, b"", {**OCTETS, "transfer-encoding": "chunked"}))
    await conn.send(chunked(b"x" * 1000))  # no terminating chunk, then FIN


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
@pytest.mark.parametrize("drop", [_reset, _closed_short, _chunked_cut])
def test_download_stream_dropped_mid_body_is_api_connection_error(
    backend: str, drop: Callable[[Conn], Awaitable[None]]
) -> None:
    async def handler(conn: Conn) -> None:
        if await conn.read_request() is not None:
            await drop(conn)

    async def main() -> list[bytes]:
        received: list[bytes] = []
        async with AsyncChatBotKit(token=TOKEN, base_url=server.url, max_retries=0) as cbk:
            with pytest.raises(APIConnectionError) as info:
                async with cbk.file.download.stream("f1") as stream:
                    async for chunk in stream:
                        received.append(chunk)
        assert isinstance(info.value.__cause__, httpx.TransportError)
        assert info.value.phase == "read"
        return received

    with RawServer(handler) as server:
        received = anyio.run(main, backend=backend)
    assert len(b"".join(received)) <= 1000  # what arrived was handed over, nothing invented


class FailingFile(io.BytesIO):
    """A seekable binary file whose reads fail after the first one (a disk error)."""

    def read(self, size: int | None = -1) -> bytes:
        if self.tell() > 0:
            raise OSError(5, "Input/output error")
        return super().read(10)


@pytest.mark.parametrize("transfer", ["two-step", "multipart", "raw"])
async def test_every_transfer_stores_the_bytes_a_download_returns(
    transfer: str, tmp_path: Path
) -> None:
    """The emulator keeps what each upload form sends: a later download returns those bytes."""
    data = bytes(range(256)) + b"\r\n--boundary-like\r\n" + os.urandom(4096) + b"\r"
    path = tmp_path / "photo.png"
    path.write_bytes(data)
    with emulated_server() as server:
        async with AsyncChatBotKit() as cbk:
            file_id = (await cbk.file.create(name="f")).id
            await cbk.file.upload(file_id, path, transfer=transfer)  # type: ignore[arg-type]
            async with cbk.file.download.stream(file_id) as chunks:
                media = chunks.response.headers["content-type"]
                got = b"".join([chunk async for chunk in chunks])
            convo = await cbk.conversation.create()
            await cbk.conversation.attachment.upload(convo.id, b"att", transfer=transfer)  # type: ignore[arg-type]
        stored = [blob.content for blob in server.emulator.world.files.blobs.values()]
    assert got == data and sorted(stored, key=len) == [b"att", data]  # nameless bytes too
    assert media == ("image/png" if transfer != "raw" else "application/octet-stream")


@pytest.mark.parametrize("transfer", ["two-step", "multipart", "raw"])
async def test_a_source_that_fails_while_read_is_an_upload_error(transfer: str) -> None:
    with emulated_server():
        async with AsyncChatBotKit(max_retries=0) as cbk:  # a real socket: the client reads
            file_id = (await cbk.file.create(name="f")).id
            with pytest.raises(UploadError, match="Input/output error") as info:
                await cbk.file.upload(file_id, FailingFile(b"x" * 100), transfer=transfer)
    assert isinstance(info.value.__cause__, OSError)


async def test_one_gib_path_is_streamed_not_loaded(tmp_path: Path) -> None:
    path = tmp_path / "big.bin"
    with path.open("wb") as file:
        file.truncate(1 << 30)  # sparse: a 1 GiB file without using the disk
    async with recording_server() as server:

        def answer(seen: Seen) -> Reply:
            if seen.method == "POST":
                return json_reply(
                    {
                        "id": "f1",
                        "uploadRequest": {
                            "method": "PUT",
                            "url": server.url + "/put",
                            "headers": {},
                        },
                    }
                )
            return Reply(200)

        server.handler = answer
        server.keep_bodies_up_to = 0
        async with AsyncChatBotKit(token=TOKEN, base_url=server.url + "/v1", max_retries=0) as cbk:
            tracemalloc.start(1)
            try:
                await cbk.file.upload("f1", path)
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
    assert server.seen[-1].size == 1 << 30
    assert peak < 64 * 1024 * 1024, peak  # chunks of 1 MiB, never the whole file


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("bad", ["http://storage:notaport/blob", "https://[::1/blob"])
async def test_an_unusable_url_from_the_server_is_a_typed_error(bad: str) -> None:
    """A ``{"url"}`` pointer or step 2's ``uploadRequest.url`` that httpx cannot parse: a
    DownloadError/UploadError, never a raw ``httpx.InvalidURL`` (a redirect's Location is
    checked by httpx itself: an APIConnectionError)."""
    async with Script(api=lambda _: httpx.Response(200, json={"url": bad})).client() as cbk:
        with pytest.raises(DownloadError, match="not a usable URL"):
            await cbk.file.download("f1")
        with pytest.raises(DownloadError, match="not a usable URL"):
            async with cbk.file.download.stream("f1"):
                pass
    script = Script(api=lambda _: upload_answer(bad))
    async with script.client() as cbk:
        with pytest.raises(UploadError, match="not a usable URL"):
            await cbk.file.upload("f1", b"abc")
    assert script.puts == []


async def test_deeply_nested_json_download_is_the_file_itself() -> None:
    nested = b"[" * 30_000 + b"]" * 30_000  # within the {"url"} pointer size
    answer = httpx.Response(200, content=nested, headers={"content-type": "application/json"})
    async with Script(api=lambda _: answer).client() as cbk:
        assert await cbk.file.download("f1") == nested


class _Endless(httpx.AsyncByteStream):
    """A chunked JSON body: ``head`` bytes, then nothing more for as long as it is read."""

    def __init__(self, head: bytes) -> None:
        self.head, self.closed = head, False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.head
        await anyio.sleep_forever()
        yield b""  # pragma: no cover

    async def aclose(self) -> None:
        self.closed = True


async def test_a_large_chunked_json_download_is_streamed_not_buffered() -> None:
    """A JSON answer without a length is read only as far as a ``{"url"}`` pointer could go:
    a larger one is the file, handed over as it arrives (and closed with the stream)."""
    head = b'{"items": [' + b"1," * 70_000
    body = _Endless(head)
    answer = httpx.Response(200, stream=body, headers={"content-type": "application/json"})
    got = b""
    async with Script(api=lambda _: answer).client() as cbk:
        with anyio.move_on_after(10):  # a safety net: buffering would wait for ever
            async with cbk.file.download.stream("f1") as stream:
                async for chunk in stream:
                    got += chunk
                    if len(got) >= len(head):
                        break
    assert got == head and body.closed

    pointer = Script(
        api=lambda _: httpx.Response(
            200,
            stream=httpx.ByteStream(b'{"url": "https://storage.example.com/blob"}'),
            headers={"content-type": "application/json", "transfer-encoding": "chunked"},
        ),
        storage=lambda _: httpx.Response(200, content=b"file"),
    )
    async with pointer.client() as cbk:
        assert await cbk.file.download("f1") == b"file"
        async with cbk.file.download.stream("f1") as stream:
            assert b"".join([c async for c in stream]) == b"file"
    big = b"[" + b"1," * 40_000 + b"1]"
    chunked = Script(
        api=lambda _: httpx.Response(
            200, stream=httpx.ByteStream(big), headers={"content-type": "application/json"}
        )
    )
    async with chunked.client() as cbk:
        assert await cbk.file.download("f1") == big
