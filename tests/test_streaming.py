"""JSONL event streams through the full client: typed events, ends, errors, closing,
continuation and task following (MockTransport bodies and the emulator)."""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator, Callable, Iterable
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chatbotkit import (
    APIConnectionError,
    AsyncChatBotKit,
    IncompleteStreamError,
    NotFoundError,
    StreamDecodeError,
    StreamEventError,
    TaskTimeoutError,
    UnknownEvent,
    UsageError,
    follow_task,
    run_task,
)
from chatbotkit._clock import FakeClock
from chatbotkit_gen.models import (
    CompleteErrorEvent,
    CompleteTokenEvent,
    ConversationCompleteResultEvent,
    ExecutionLimits,
    TaskWorkflowOperationEndEvent,
)
from tests import _mock
from tests._poll import settled

ROOT = Path(__file__).resolve().parents[1]
BASE = "http://test/v1"

# -- helpers -------------------------------------------------------------------------------------


class Body(httpx.AsyncByteStream):
    """A response body sent in the given chunks; records ``aclose``; may fail or hang."""

    def __init__(self, chunks: Iterable[bytes], *, then: Exception | None = None) -> None:
        self.chunks = list(chunks)
        self.then = then
        self.closed = False
        self.sent = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.sent += 1
            yield chunk
        if self.then is not None:
            raise self.then

    async def aclose(self) -> None:
        self.closed = True


class Hanging(Body):
    """Sends its chunks, then waits forever (a live stream with nothing more to say)."""

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk
        await anyio.sleep_forever()
        yield b""  # pragma: no cover


def jsonl(*events: dict[str, Any]) -> bytes:
    return b"".join(json.dumps(e, ensure_ascii=False).encode() + b"\n" for e in events)


def serve(*bodies: Body | httpx.Response) -> tuple[list[httpx.Request], httpx.MockTransport]:
    """A transport answering each request with the next body (200, application/jsonl)."""
    seen: list[httpx.Request] = []
    queue = list(bodies)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = queue.pop(0)
        if isinstance(body, httpx.Response):
            return body
        return httpx.Response(200, stream=body, headers={"content-type": "application/jsonl"})

    return seen, httpx.MockTransport(handler)


def client(transport: httpx.AsyncBaseTransport, **kwargs: Any) -> AsyncChatBotKit:
    return AsyncChatBotKit(token="t", base_url=BASE, transport=transport, **kwargs)


TOKEN = {"type": "token", "data": {"token": "Hel"}}
RESULT = {
    "type": "result",
    "data": {"id": "m1", "text": "Hello", "usage": {"token": 7}, "end": {"reason": "stop"}},
}
COMPLETION = [
    TOKEN,
    {"type": "reasoningToken", "data": {"token": "hmm"}},
    {"type": "token", "data": {"token": "lo\u2028 wörld 😀"}},
    {"type": "brandNewEvent", "data": {"x": [1, 2]}},
    {"type": "usage", "data": {"model": "m", "inputTokensUsed": 3, "outputTokensUsed": 4}},
    {"type": "message", "data": {"type": "bot", "text": "Hello\u2028 wörld 😀"}},
    RESULT,
]


def as_dicts(events: list[Any]) -> list[Any]:
    return [e.raw if isinstance(e, UnknownEvent) else e.to_dict() for e in events]


async def collect(cbk: AsyncChatBotKit, **kwargs: Any) -> list[Any]:
    async with cbk.conversation.complete.stream("c1", text="Hi", **kwargs) as stream:
        return [event async for event in stream]


# -- decoding: any chunking gives the same typed events ---------------------------------------


@st.composite
def chunkings(draw: st.DrawFn, data: bytes) -> list[bytes]:
    cuts = sorted(draw(st.sets(st.integers(1, len(data) - 1), max_size=40)))
    bounds = [0, *cuts, len(data)]
    return [data[a:b] for a, b in itertools.pairwise(bounds)]


WHOLE = jsonl(*COMPLETION)


@settings(max_examples=60, deadline=None)
@given(chunkings(WHOLE))
def test_any_chunking_yields_the_same_typed_events(chunks: list[bytes]) -> None:
    async def main() -> list[Any]:
        _, transport = serve(Body(chunks))
        async with client(transport) as cbk:
            return await collect(cbk)

    events = anyio.run(main)
    assert [type(e).__name__ for e in events] == [
        "CompleteTokenEvent",
        "CompleteReasoningTokenEvent",
        "CompleteTokenEvent",
        "UnknownEvent",
        "CompleteUsageEvent",
        "CompleteMessageEvent",
        "ConversationCompleteResultEvent",
    ]
    assert as_dicts(events) == COMPLETION
    assert events[2].data.token == "lo\u2028 wörld 😀"  # U+2028 did not split the line


async def test_unknown_event_is_delivered_with_type_data_and_raw() -> None:
    _, transport = serve(Body([jsonl(TOKEN, {"type": "brandNew", "data": {"a": 1}}, RESULT)]))
    async with client(transport) as cbk:
        events = await collect(cbk)
    unknown = events[1]
    assert isinstance(unknown, UnknownEvent)
    assert (unknown.type, unknown.data) == ("brandNew", {"a": 1})
    assert unknown.raw == {"type": "brandNew", "data": {"a": 1}}


async def test_text_stream_and_final() -> None:
    _, transport = serve(Body([WHOLE]), Body([WHOLE]))
    async with client(transport) as cbk:
        async with cbk.conversation.complete.stream("c1", text="Hi") as stream:
            texts = [text async for text in stream.text_stream]
            result = await stream.final()
        assert texts == ["Hel", "lo\u2028 wörld 😀"]
        assert result.text == "Hello" and result.end.reason.value == "stop"
        async with cbk.conversation.complete.stream("c1", text="Hi") as stream:
            first = await stream.__anext__()
            result = await stream.final()  # consumes the rest
            assert stream.events_received == len(COMPLETION)
        assert isinstance(first, CompleteTokenEvent) and result.id == "m1"


async def test_text_stream_is_only_text_whatever_the_token_events_hold() -> None:
    """Token events without data, or with a token that is not a string, add no text (they
    are still events); text_stream yields str only, never a raw AttributeError."""
    odd = [
        {"type": "token"},
        {"type": "token", "data": {}},
        {"type": "token", "data": {"token": 5}},
    ]
    _, transport = serve(Body([jsonl(TOKEN, *odd, TOKEN, RESULT)]))
    async with client(transport) as cbk:
        async with cbk.conversation.complete.stream("c1", text="Hi") as stream:
            assert [text async for text in stream.text_stream] == ["Hel", "Hel"]
            assert stream.events_received == 6


async def test_item_stream_ends_with_the_body() -> None:
    item = {"type": "item", "data": {"id": "c1", "createdAt": 1, "updatedAt": 2, "type": "x"}}
    body = Body([jsonl(item, item)])
    _, transport = serve(body)
    async with client(transport) as cbk:
        async with cbk.event.log.subscribe.stream() as stream:
            ids = [event.data.id async for event in stream]
            assert await stream.final() is None
    assert ids == ["c1", "c1"] and body.closed


# -- how a stream fails -------------------------------------------------------------------------


async def test_malformed_line_raises_after_closing() -> None:
    body = Body([jsonl(TOKEN) + b'{"type": "token", "data": {oops}\n' + jsonl(RESULT)])
    _, transport = serve(body)
    received: list[Any] = []
    async with client(transport) as cbk:
        with pytest.raises(StreamDecodeError) as info:
            async with cbk.conversation.complete.stream("c1", text="Hi") as stream:
                async for event in stream:
                    received.append(event)
                    assert not body.closed
            pytest.fail("unreachable")  # pragma: no cover
    assert info.value.line_number == 2 and "oops" in info.value.excerpt
    assert len(received) == 1 and body.closed


@pytest.mark.parametrize(
    "data",
    [jsonl(TOKEN, TOKEN), jsonl(TOKEN) + b'{"type": "result", "data": {"te'],
    ids=["no-result", "cut-mid-line"],
)
async def test_truncated_stream_is_never_a_success(data: bytes) -> None:
    body = Body([data])
    _, transport = serve(body)
    async with client(transport) as cbk:
        with pytest.raises((IncompleteStreamError, StreamDecodeError)) as info:
            await collect(cbk)
    assert body.closed
    if isinstance(info.value, IncompleteStreamError):
        assert info.value.events_received == 2


async def test_error_event_raises_by_default_and_is_an_event_on_request() -> None:
    error = {"type": "error", "data": {"message": "model overloaded", "code": "OVERLOADED"}}
    first, second = Body([jsonl(TOKEN, error)]), Body([jsonl(TOKEN, error)])
    _, transport = serve(first, second)
    async with client(transport) as cbk:
        with pytest.raises(StreamEventError) as info:
            await collect(cbk)
        assert first.closed
        assert info.value.code == "OVERLOADED" and info.value.message == "model overloaded"
        assert info.value.data == error["data"]

        async with cbk.conversation.complete.stream(
            "c1", text="Hi", raise_on_error_event=False
        ) as stream:
            events = [event async for event in stream]  # no result: the error ended it
            with pytest.raises(StreamEventError):
                await stream.final()
    assert isinstance(events[-1], CompleteErrorEvent)
    assert events[-1].data.message == "model overloaded"


async def test_http_error_on_a_stream_is_the_plain_call_error() -> None:
    _, transport = serve(httpx.Response(404, json={"code": "NOT_FOUND", "message": "no convo"}))
    async with client(transport) as cbk:
        with pytest.raises(NotFoundError) as info:
            await collect(cbk)
    assert info.value.message == "no convo"


async def test_dropped_connection_mid_stream_raises_and_never_replays() -> None:
    body = Body([jsonl(TOKEN, TOKEN)], then=httpx.ReadError("connection reset"))
    seen, transport = serve(body, Body([WHOLE]))
    received: list[Any] = []
    async with client(transport, clock=FakeClock()) as cbk:
        with pytest.raises(APIConnectionError) as info:
            async with cbk.conversation.complete.stream("c1", text="Hi") as stream:
                async for event in stream:
                    received.append(event)
    assert info.value.phase == "read"
    assert len(received) == 2 and len(seen) == 1 and body.closed


async def test_opening_a_stream_is_retried() -> None:
    busy = httpx.Response(429, json={"code": "TOO_MANY_REQUESTS"}, headers={"retry-after": "1"})
    seen, transport = serve(busy, Body([WHOLE]))
    async with client(transport, clock=FakeClock()) as cbk:
        events = await collect(cbk)
    assert len(seen) == 2 and as_dicts(events) == COMPLETION


# -- closing: break and cancellation ------------------------------------------------------------


async def test_break_closes_the_response() -> None:
    body = Hanging([jsonl(TOKEN, TOKEN)])
    _, transport = serve(body)
    async with client(transport) as cbk:
        async with cbk.conversation.complete.stream("c1", text="Hi") as stream:
            async for _ in stream:
                break
        assert body.closed and stream.response.is_closed


async def test_cancellation_closes_the_response() -> None:
    body = Hanging([jsonl(TOKEN)])
    _, transport = serve(body)
    received: list[Any] = []
    async with client(transport) as cbk:
        with anyio.move_on_after(0.05) as scope:
            async with cbk.conversation.complete.stream("c1", text="Hi") as stream:
                async for event in stream:
                    received.append(event)
    assert scope.cancelled_caught and len(received) == 1 and body.closed


async def test_leaving_the_block_by_an_exception_finishes_a_close_cut_short(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An event stream exits like every scoped response: on an exception (a native asyncio
    cancel among them) the close is finished in the pool (see ``_pool.close_response``)."""
    import chatbotkit._scoped

    calls: list[bool] = []
    close = chatbotkit._scoped.close_response

    async def recording(response: httpx.Response, *, failed: bool = False) -> None:
        calls.append(failed)
        await close(response, failed=failed)

    monkeypatch.setattr(chatbotkit._scoped, "close_response", recording)
    body = Hanging([jsonl(TOKEN)])
    _, transport = serve(body)
    async with client(transport) as cbk:
        with pytest.raises(LookupError):
            async with cbk.conversation.complete.stream("c1", text="Hi") as stream:
                async for _ in stream:
                    raise LookupError
    assert True in calls and body.closed
    with pytest.raises(UsageError):  # nothing buffered is delivered after the block
        await stream.__anext__()


# -- the emulator: continuation, limits, break over loopback, tasks ----------------------------


class Recorder(httpx.AsyncBaseTransport):
    """Delegates to ``inner`` and records each request's JSON body."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.bodies: list[Any] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        content = await request.aread()
        self.bodies.append(json.loads(content) if content else None)
        return await self.inner.handle_async_request(request)


@pytest.fixture(scope="module")
def spec() -> Path:
    path = ROOT / "openapi.yaml"
    assert path.is_file(), f"{path} is missing: run make spec"
    return path


def emulated(spec: Path, **config: Any) -> Callable[[], tuple[AsyncChatBotKit, Recorder, Any]]:
    def make() -> tuple[AsyncChatBotKit, Recorder, Any]:
        from chatbotkit.emulator import IN_PROCESS_BASE_URL, Emulator

        emu = Emulator(spec=spec, **config)
        recorder = Recorder(emu.transport())
        cbk = AsyncChatBotKit(token=emu.token, base_url=IN_PROCESS_BASE_URL, transport=recorder)
        return cbk, recorder, emu

    return make


PROMPT = "Tell me a rather long story about streams, please, with many words in it"


async def full_reply(spec: Path) -> tuple[str, list[str]]:
    cbk, _, _ = emulated(spec)()
    async with cbk:
        convo = await cbk.conversation.create()
        async with cbk.conversation.complete.stream(convo.id, text=PROMPT) as stream:
            tokens = [t async for t in stream.text_stream]
            result = await stream.final()
    assert result.end.reason.value == "stop"
    return result.text, tokens


async def test_auto_continue_stitches_the_full_reply(spec: Path) -> None:
    expected, expected_tokens = await full_reply(spec)
    cbk, recorder, _ = emulated(spec, max_tokens_per_reply=3)()
    async with cbk:
        convo = await cbk.conversation.create()
        async with cbk.conversation.complete.stream(
            convo.id, text=PROMPT, auto_continue=100
        ) as stream:
            events = [event async for event in stream]
            result = await stream.final()
    tokens = [e.data.token for e in events if isinstance(e, CompleteTokenEvent)]
    results = [e for e in events if isinstance(e, ConversationCompleteResultEvent)]
    assert tokens == expected_tokens and result.text == expected
    assert results == [events[-1]] and results[0].data is result  # one, stitched, result
    assert result.end.reason.value == "stop"
    parts = len(recorder.bodies) - 1  # the first request created the conversation
    assert parts == -(-len(expected_tokens) // 3) > 1
    assert recorder.bodies[1]["text"] == PROMPT
    assert all("text" not in body for body in recorder.bodies[2:])  # only the first has text
    assert result.usage.token >= len(expected_tokens)  # summed over the parts


async def test_auto_continue_stops_after_n(spec: Path) -> None:
    cbk, recorder, _ = emulated(spec, max_tokens_per_reply=3)()
    async with cbk:
        convo = await cbk.conversation.create()
        async with cbk.conversation.complete.stream(
            convo.id, text=PROMPT, auto_continue=1
        ) as stream:
            tokens = [t async for t in stream.text_stream]
            result = await stream.final()
    assert len(tokens) == 6 and result.text == "".join(tokens)
    assert result.end.reason.value == "length" and len(recorder.bodies) == 3


async def test_limits_pass_through(spec: Path) -> None:
    cbk, recorder, _ = emulated(spec, max_tokens_per_reply=3)()
    async with cbk:
        convo = await cbk.conversation.create()
        async with cbk.conversation.complete.stream(
            convo.id, text=PROMPT, limits=ExecutionLimits(continuations=2)
        ) as stream:
            tokens = [t async for t in stream.text_stream]
    assert recorder.bodies[-1] == {"text": PROMPT, "limits": {"continuations": 2}}
    assert len(tokens) == 9  # the emulator allows 3 tokens per continuation


async def test_break_over_loopback_leaves_no_open_stream(spec: Path) -> None:
    from chatbotkit.emulator import Emulator, run_emulator_server

    with run_emulator_server(Emulator(spec=spec, token_delay=0.01)) as server:
        async with AsyncChatBotKit(token=server.token, base_url=server.base_url) as cbk:
            convo = await cbk.conversation.create()
            async with cbk.conversation.complete.stream(convo.id, text=PROMPT) as stream:
                async for _ in stream:
                    assert server.emulator.stats.open_streams == 1
                    break
            assert await settled(lambda: server.emulator.stats.open_streams == 0)


def task_emulator(spec: Path, **config: Any) -> Callable[[], tuple[AsyncChatBotKit, Recorder, Any]]:
    return emulated(spec, task_steps=2, subscribe_timeout=0.5, **config)


async def test_task_followed_to_its_end(spec: Path) -> None:
    cbk, _, _ = task_emulator(spec, task_duration=0.05)()
    seen: list[Any] = []
    async with cbk:
        task = await cbk.task.create(name="nightly")
        outcome = await run_task(cbk, task.id, timeout=10, on_event=seen.append)
        again = await follow_task(cbk, task.id, timeout=10)  # the finished run, replayed
        fetched = await cbk.task.fetch(task.id)
    assert outcome.ok and outcome.events == tuple(seen) and len(seen) == 6  # 1 + 2 steps, x2
    last = outcome.events[-1]
    assert isinstance(last, TaskWorkflowOperationEndEvent)
    assert last.data.id == outcome.execution_id and last.data.action.id == task.id
    assert as_dicts(list(again.events)) == as_dicts(list(outcome.events))
    assert fetched.to_dict().get("outcome") == "success"


async def test_task_follow_timeout_closes_the_subscription(spec: Path) -> None:
    from chatbotkit.emulator import Emulator, run_emulator_server

    emu = Emulator(spec=spec, task_duration=60, task_steps=2, subscribe_timeout=60)
    with run_emulator_server(emu) as server:
        async with AsyncChatBotKit(token=server.token, base_url=server.base_url) as cbk:
            task = await cbk.task.create(name="slow")
            with pytest.raises(TaskTimeoutError) as info:
                await run_task(cbk, task.id, timeout=0.3)
            assert info.value.task_id == task.id and isinstance(info.value, TimeoutError)
            assert await settled(lambda: server.emulator.stats.open_streams == 0)


async def test_canceled_task_run_is_a_failed_outcome(spec: Path) -> None:
    cbk, _, _ = task_emulator(spec, task_duration=60)()
    async with cbk:
        task = await cbk.task.create(name="doomed")
        await cbk.task.trigger(task.id)
        await cbk.task.cancel(task.id)
        outcome = await follow_task(cbk, task.id, timeout=10)
    assert not outcome.ok and outcome.error.code == "CANCELED"


def task_event(kind: str, op_id: str) -> dict[str, Any]:
    return {"type": kind, "createdAt": 1, "data": {"id": op_id, "action": {"id": "a"}}}


async def test_task_stream_with_an_open_operation_is_incomplete() -> None:
    body = Body([jsonl(task_event("operationBegin", "x"), task_event("operationBegin", "y"))])
    _, transport = serve(body, Body([jsonl(task_event("operationBegin", "x"))]))
    async with client(transport) as cbk:
        with pytest.raises(IncompleteStreamError):
            async with cbk.task.subscribe.stream("t1") as stream:
                [event async for event in stream]
        with pytest.raises(IncompleteStreamError):
            await follow_task(cbk, "t1")
    assert body.closed


async def test_task_operation_ids_of_any_json_type_are_tracked() -> None:
    """An ``id`` that is a JSON array or object (unhashable) is tracked like any other,
    never a raw TypeError."""
    begin = {"type": "operationBegin", "data": {"id": [1]}}
    end = {"type": "operationEnd", "data": {"id": [1]}}
    other = {"type": "operationBegin", "data": {"id": {"a": 1}}}
    _, transport = serve(Body([jsonl(begin, end)]), Body([jsonl(begin, other, end)]))
    async with client(transport) as cbk:
        async with cbk.task.subscribe.stream("t1") as stream:
            assert len([event async for event in stream]) == 2
        with pytest.raises(IncompleteStreamError):
            async with cbk.task.subscribe.stream("t1") as stream:
                [event async for event in stream]
        assert len(stream.open_operations) == 1


def test_events_map_is_complete_for_every_stream_operation() -> None:
    """Each non-list JSONL operation streams with the kind its spec implies (exports are
    paginated item lists, see ``_pagination``)."""
    import re

    text = "".join(p.read_text() for p in (ROOT / "chatbotkit/resources").glob("*.py"))
    kinds = re.findall(r'self\._client\._stream\([^)]*?kind="(\w+)"', text, re.S)
    assert sorted(kinds) == sorted(["result"] * 6 + ["task"] + ["items"] * 2)


# -- the basics through the client


JSONL = (
    b'{"type":"token","data":{"token":"Hel"}}\n'
    b'{"type":"token","data":{"token":"lo"}}\n'
    b'{"type":"brandNewEvent","data":{"x":1}}\n'
    b'{"type":"result","data":{"text":"Hello"}}\n'
)


async def test_stream_yields_typed_events() -> None:
    from chatbotkit_gen.models import CompleteTokenEvent

    seen, handler = _mock.recorder(
        httpx.Response(200, content=JSONL, headers={"content-type": "application/jsonl"})
    )
    async with _mock.client(handler) as cbk:
        async with cbk.conversation.complete.stream("c1", text="Hi") as events:
            received = [event async for event in events]
        assert events.response.is_closed
    assert seen[0].headers["accept"] == "application/jsonl"
    assert json.loads(seen[0].content) == {"text": "Hi"}
    assert isinstance(received[0], CompleteTokenEvent) and received[0].data.token == "Hel"
    assert isinstance(received[2], UnknownEvent) and received[2].type == "brandNewEvent"
    assert len(received) == 4


async def test_stream_closes_on_break() -> None:
    _, handler = _mock.recorder(httpx.Response(200, content=JSONL))
    async with _mock.client(handler) as cbk:
        async with cbk.conversation.complete.stream(messages=[]) as events:
            async for _ in events:
                break
        assert events.response.is_closed
