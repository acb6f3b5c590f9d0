"""``stream.open()`` and the SSE/JSONL re-stream helpers (MockTransport bodies; asyncio and trio)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterable
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from chatbotkit import AsyncChatBotKit, InvalidParameterError, NotFoundError, to_jsonl, to_sse
from tests._mock import jsonl

BASE = "http://test/v1"
TOKEN = {"type": "token", "data": {"token": "Hel"}}
RESULT = {
    "type": "result",
    "data": {"id": "m1", "text": "Hello", "usage": {"token": 7}, "end": {"reason": "stop"}},
}
NEW = {"type": "brandNewEvent", "data": {"x": [1, 2]}}


class Body(httpx.AsyncByteStream):
    """A body sent in chunks, then an optional error or an endless silence; records aclose."""

    def __init__(
        self, chunks: Iterable[bytes], *, then: Exception | None = None, hang: bool = False
    ) -> None:
        self.chunks, self.then, self.hang = list(chunks), then, hang
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk
        if self.then is not None:
            raise self.then
        if self.hang:
            await anyio.sleep_forever()

    async def aclose(self) -> None:
        self.closed = True


def client(*answers: Body | httpx.Response) -> AsyncChatBotKit:
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        answer = queue.pop(0)
        if isinstance(answer, httpx.Response):
            return answer
        return httpx.Response(200, stream=answer, headers={"content-type": "application/jsonl"})

    return AsyncChatBotKit(
        token="t", base_url=BASE, transport=httpx.MockTransport(handler), max_retries=0
    )


def sse_frames(data: bytes) -> list[tuple[str, Any]]:
    """(event, parsed data) per SSE block; comments as ("comment", text)."""
    frames: list[tuple[str, Any]] = []
    for block in data.decode().split("\n\n"):
        if not block:
            continue
        if block.startswith(":"):
            frames.append(("comment", block[1:].strip()))
            continue
        fields = dict(row.split(": ", 1) for row in block.split("\n"))
        frames.append((fields["event"], json.loads(fields["data"])))
    return frames


async def read_all(body: AsyncIterator[bytes]) -> bytes:
    return b"".join([chunk async for chunk in body])


# -- open(): errors before the first byte, then the body owns the stream ---------------------


async def test_open_raises_the_typed_error_before_any_byte() -> None:
    async with client(httpx.Response(404, json={"code": "NOT_FOUND", "message": "no"})) as cbk:
        stream = cbk.conversation.complete.stream("c1", text="Hi")
        with pytest.raises(NotFoundError):
            await stream.open()


async def test_open_is_idempotent_and_async_with_reuses_the_opened_stream() -> None:
    body = Body([jsonl(TOKEN, RESULT)])
    async with client(body) as cbk:
        stream = cbk.conversation.complete.stream("c1", text="Hi")
        assert await stream.open() is stream
        assert await stream.open() is stream
        assert stream.response.status_code == 200 and not body.closed
        async with stream as same:
            assert same is stream
            assert [e.to_dict()["type"] async for e in stream] == ["token", "result"]
        with pytest.raises(RuntimeError, match="only once"):
            await stream.open()


async def test_opened_list_stream_is_closed_by_aclose() -> None:
    body = Body([jsonl({"type": "item", "data": {"id": "b1"}})], hang=True)
    async with client(body) as cbk:
        items = await cbk.bot.list().stream().open()
        assert (await items.__anext__()).id == "b1"
        await items.aclose()
        await items.aclose()
    assert body.closed


# -- SSE ---------------------------------------------------------------------------------------


async def test_sse_frames_carry_the_event_type_and_wire_form() -> None:
    body = Body([jsonl(TOKEN, NEW, RESULT)])
    async with client(body) as cbk:
        stream = await cbk.conversation.complete.stream("c1", text="Hi").open()
        frames = sse_frames(await read_all(to_sse(stream)))
    assert frames == [("token", TOKEN), ("brandNewEvent", NEW), ("result", RESULT)]
    assert body.closed


@pytest.mark.parametrize("keepalive", [None, 5.0])
async def test_failure_mid_stream_is_a_final_error_event_and_closes(
    keepalive: float | None,
) -> None:
    body = Body([jsonl(TOKEN, TOKEN)], then=httpx.ReadError("connection reset"))
    async with client(body) as cbk:
        stream = await cbk.conversation.complete.stream("c1", text="Hi").open()
        frames = sse_frames(await read_all(to_sse(stream, keepalive=keepalive)))
    assert [name for name, _ in frames] == ["token", "token", "error"]
    assert frames[-1][1]["data"]["code"] == "UPSTREAM_UNAVAILABLE"
    assert body.closed


async def test_upstream_error_event_keeps_its_code_and_message() -> None:
    error = {"type": "error", "data": {"code": "LIMITS_REACHED", "message": "out of tokens"}}
    async with client(Body([jsonl(TOKEN, error)])) as cbk:
        stream = cbk.conversation.complete.stream("c1", text="Hi")  # opened by the body
        frames = sse_frames(await read_all(to_sse(stream)))
    assert frames[-1] == ("error", error)


async def test_keepalive_comments_while_upstream_is_silent_and_close_on_exit() -> None:
    body = Body([jsonl(TOKEN)], hang=True)
    async with client(body) as cbk:
        stream = await cbk.conversation.complete.stream("c1", text="Hi").open()
        sse = to_sse(stream, keepalive=0.01)
        chunks = [await sse.__anext__() for _ in range(3)]
        await sse.aclose()  # what a server does when the client went away
    assert sse_frames(b"".join(chunks)) == [
        ("token", TOKEN),
        ("comment", "keep-alive"),
        ("comment", "keep-alive"),
    ]
    assert body.closed


async def test_closing_the_body_between_events_closes_the_stream() -> None:
    body = Body([jsonl(TOKEN, TOKEN)], hang=True)
    async with client(body) as cbk:
        stream = await cbk.conversation.complete.stream("c1", text="Hi").open()
        sse = to_sse(stream)
        await sse.__anext__()
        assert not body.closed
        await sse.aclose()  # the server drops the body while it waits to send a chunk
    assert body.closed


async def test_cancelled_body_closes_the_stream() -> None:
    body = Body([jsonl(TOKEN)], hang=True)
    seen: list[bytes] = []
    async with client(body) as cbk:
        stream = await cbk.conversation.complete.stream("c1", text="Hi").open()
        with anyio.CancelScope() as scope:
            async for chunk in to_sse(stream):
                seen.append(chunk)
                scope.cancel()  # e.g. the server's task cancelled on a client disconnect
    assert len(seen) == 1 and body.closed


def test_backpressure_reads_one_event_per_chunk_pulled() -> None:
    async def main() -> int:
        chunks = [jsonl({"type": "token", "data": {"token": str(i)}}) for i in range(100)]
        body = Body(chunks, hang=True)
        pulled = 0
        async with client(body) as cbk:
            stream = await cbk.conversation.complete.stream("c1", text="Hi").open()
            sse = to_sse(stream, keepalive=5)
            for _ in range(3):
                await sse.__anext__()
            pulled = stream.events_received
            await sse.aclose()
        assert body.closed
        return pulled

    # the reader may hold one more event ready, never the rest of the body
    assert anyio.run(main) <= 4


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_keepalive_on_both_backends(backend: str) -> None:
    async def main() -> list[tuple[str, Any]]:
        body = Body([jsonl(TOKEN)], hang=True)
        async with client(body) as cbk:
            stream = await cbk.conversation.complete.stream("c1", text="Hi").open()
            sse = to_sse(stream, keepalive=0.01)
            chunks = [await sse.__anext__() for _ in range(2)]
            await sse.aclose()
        assert body.closed
        return sse_frames(b"".join(chunks))

    assert anyio.run(main, backend=backend) == [("token", TOKEN), ("comment", "keep-alive")]


# -- JSONL ---------------------------------------------------------------------------------------


async def test_jsonl_list_restream_reads_back_as_the_same_items() -> None:
    lines = [{"type": "item", "data": {"id": f"b{i}", "name": f"bot {i}"}} for i in range(3)]
    async with client(Body([jsonl(*lines)])) as cbk:
        items = await cbk.bot.list().stream().open()
        restreamed = await read_all(to_jsonl(items))
    assert [json.loads(line) for line in restreamed.splitlines()] == lines
    async with client(Body([restreamed])) as again:  # our own client reads it back
        async with again.bot.list().stream() as items:
            assert [b.id async for b in items] == ["b0", "b1", "b2"]


async def test_jsonl_failure_mid_stream_is_a_final_error_line() -> None:
    body = Body([jsonl(TOKEN)], then=httpx.ReadError("reset"))
    async with client(body) as cbk:
        stream = await cbk.conversation.complete.stream("c1", text="Hi").open()
        lines = (await read_all(to_jsonl(stream))).splitlines()
    assert json.loads(lines[0]) == TOKEN
    assert json.loads(lines[-1])["type"] == "error" and body.closed


async def test_emulator_list_stream_as_sse_items() -> None:
    from chatbotkit.emulator import IN_PROCESS_BASE_URL, Emulator
    from tests._paths import OPENAPI

    emu = Emulator(spec=OPENAPI)
    options = {"base_url": IN_PROCESS_BASE_URL, "transport": emu.transport()}
    async with AsyncChatBotKit(token=emu.token, **options) as cbk:
        made = [(await cbk.bot.create(name=f"bot {i}")).id for i in range(3)]
        bots = await cbk.bot.list(order="asc").stream().open()
        frames = sse_frames(await read_all(to_sse(bots)))
    assert [name for name, _ in frames] == ["item"] * 3
    assert [data["data"]["id"] for _, data in frames] == made


async def test_keepalive_must_be_positive_and_is_checked_before_streaming() -> None:
    async with client(Body([jsonl(TOKEN)])) as cbk:
        stream = cbk.conversation.complete.stream("c1", text="Hi")
        with pytest.raises(InvalidParameterError, match="keepalive"):
            to_sse(stream, keepalive=0)


async def test_abandoned_keepalive_body_never_cancels_its_consumer() -> None:
    """A server that drops the body without closing it (cancelled while sending) leaves it to
    the garbage collector, which closes it from another task: the task that iterated it
    must not be cancelled, and the keep-alive reader must end."""
    import asyncio
    import gc

    body = Body([jsonl(TOKEN), jsonl(TOKEN), jsonl(TOKEN)], hang=True)
    async with client(body) as cbk:
        stream = await cbk.conversation.complete.stream("c1", text="Hi").open()
        sse = to_sse(stream, keepalive=5)
        await sse.__anext__()
        for _ in range(10):
            await (
                anyio.lowlevel.checkpoint()
            )  # the reader reads on and waits to hand the next event over
        await stream.aclose()  # what the example app's BackgroundTask does
        del sse
        gc.collect()
        this = asyncio.current_task()
        for _ in range(100):  # the finalizer runs in a task of its own; we are not cancelled
            await anyio.lowlevel.checkpoint()
            if asyncio.all_tasks() == {this}:
                break
        assert asyncio.all_tasks() == {this}
    assert body.closed
