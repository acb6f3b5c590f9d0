"""Raw responses, binary downloads and uploads through the client."""

from __future__ import annotations

import json

import httpx

from tests._mock import client, recorder


async def test_raw_response() -> None:
    _, handler = recorder(httpx.Response(200, json={"id": "b1"}, headers={"x-request-id": "r"}))
    async with client(handler) as cbk:
        raw = await cbk.with_raw_response(cbk.bot.fetch)("b1")
    assert raw.status_code == 200 and raw.headers["x-request-id"] == "r"
    assert raw.http_response.request.url.path == "/v1/bot/b1/fetch"
    assert raw.parse().id == "b1"


async def test_bytes_download_and_csv_export() -> None:
    seen, handler = recorder(
        httpx.Response(200, content=b"\x00\x01binary"), httpx.Response(200, content=b"a,b\n")
    )
    async with client(handler) as cbk:
        assert await cbk.file.download("f1") == b"\x00\x01binary"
        assert await cbk.contact.export.csv() == b"a,b\n"
    assert seen[0].headers["accept"] == "*/*"
    assert seen[1].headers["accept"] == "text/csv"


async def test_download_stream() -> None:
    _, handler = recorder(httpx.Response(200, content=b"x" * 1000))
    async with client(handler) as cbk:
        async with cbk.file.download.stream("f1") as stream:
            data = b"".join([chunk async for chunk in stream])
    assert data == b"x" * 1000


async def test_upload_multipart_raw_and_json() -> None:
    seen, handler = recorder()
    async with client(handler) as cbk:
        await cbk.file.upload("f1", ("a.txt", b"hello", "text/plain"), transfer="multipart")
        await cbk.file.upload("f1", file=b"raw bytes", transfer="raw")
        await cbk.file.upload("f1", file="https://example.com/a.txt")
    multipart, raw, url = seen
    content_type = multipart.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    assert "boundary=+++" not in content_type
    assert b'name="file"; filename="a.txt"' in multipart.content
    assert b"Content-Type: text/plain" in multipart.content and b"hello" in multipart.content
    assert raw.headers["content-type"] == "application/octet-stream"
    assert raw.content == b"raw bytes"
    assert json.loads(url.content) == {"file": "https://example.com/a.txt"}
