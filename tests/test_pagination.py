"""List operations: cursor paging, ``.pages()``, ``.collect()``, JSONL ``.stream()``.

Against the in-process emulator (real list semantics), ``httpx.MockTransport`` (exact
control of pages and failures) and, for connection hygiene, the emulator over loopback.
"""

from __future__ import annotations

import asyncio
import tracemalloc
import weakref
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import anyio
import httpx
import pytest

from chatbotkit import (
    AsyncChatBotKit,
    InternalServerError,
    NotFoundError,
    PaginationError,
    RepeatedCursorError,
    StreamDecodeError,
    StreamEventError,
)
from chatbotkit._clock import FakeClock
from chatbotkit._pagination import _REPEAT_WINDOW, _CursorGuard
from chatbotkit.emulator import Emulator, run_emulator_server
from chatbotkit_gen.models import Bot, BotPage, Contact
from tests import _mock

IN_PROCESS = "http://emulator.local/v1"

Handler = _mock.Handler


# ------------------------------------------------------------------------------ helpers


def mock(handler: Handler, **kwargs: Any) -> AsyncChatBotKit:
    kwargs.setdefault("max_retries", 0)
    return _mock.client(handler, **kwargs)


def page(*ids: str, cursor: str | None = None) -> httpx.Response:
    body = {"items": [bot(i) for i in ids], "cursor": cursor if cursor is not None else ""}
    return httpx.Response(200, json=body)


def bot(bot_id: str) -> dict[str, Any]:
    return {"id": bot_id, "createdAt": 1, "updatedAt": 1}


def cursors(seen: list[httpx.Request]) -> list[str | None]:
    return [r.url.params.get("cursor") for r in seen]


@pytest.fixture
def emu() -> Emulator:
    return Emulator()


@pytest.fixture
async def cbk(emu: Emulator) -> AsyncIterator[AsyncChatBotKit]:
    async with AsyncChatBotKit(
        token=emu.token, base_url=IN_PROCESS, transport=emu.transport()
    ) as c:
        yield c


def seed(emu: Emulator, count: int, **meta_of: Callable[[int], str]) -> list[str]:
    """``count`` bots created in order (``createdAt`` = index); returns their ids, oldest first."""
    ids = []
    for n in range(count):
        meta = {key: f(n) for key, f in meta_of.items()}
        record = emu.put("bot", {"name": f"b{n}", "createdAt": n, "updatedAt": n, "meta": meta})
        ids.append(record["id"])
    return ids


# ------------------------------------------------------------------------------ paging (emulator)


@pytest.mark.parametrize("order", ["asc", "desc"])
async def test_iteration_walks_every_page_in_order(
    emu: Emulator, cbk: AsyncChatBotKit, order: str
) -> None:
    ids = seed(emu, 23)
    expected = ids if order == "asc" else ids[::-1]
    emu.stats.clear()
    got = [b.id async for b in cbk.bot.list(take=5, order=order)]
    assert got == expected
    assert emu.stats.requests == 5  # 5+5+5+5+3: the short page ends the walk


async def test_without_take_the_walk_ends_on_an_empty_page(
    emu: Emulator, cbk: AsyncChatBotKit
) -> None:
    ids = seed(emu, 30)  # the emulator's default page is 25
    emu.stats.clear()
    assert [b.id async for b in cbk.bot.list(order="asc")] == ids
    assert emu.stats.requests == 3  # 25, 5, then the empty page


async def test_exact_multiple_of_take_needs_one_empty_page(
    emu: Emulator, cbk: AsyncChatBotKit
) -> None:
    ids = seed(emu, 6)
    emu.stats.clear()
    assert [b.id async for b in cbk.bot.list(take=3, order="asc")] == ids
    assert emu.stats.requests == 3


async def test_pages_collect_and_resume_from_a_cursor(emu: Emulator, cbk: AsyncChatBotKit) -> None:
    ids = seed(emu, 7)
    pages = [p async for p in cbk.bot.list(take=3, order="asc").pages()]
    assert all(isinstance(p, BotPage) for p in pages)
    assert [[b.id for b in p.items] for p in pages] == [ids[0:3], ids[3:6], ids[6:7]]
    assert [b.id for b in await cbk.bot.list(take=3, order="asc").collect()] == ids
    assert [b.id for b in await cbk.bot.list(take=3, order="asc").collect(limit=4)] == ids[:4]
    assert await cbk.bot.list(take=3).collect(limit=0) == []
    resumed = cbk.bot.list(take=3, order="asc", cursor=ids[1])
    assert [b.id async for b in resumed] == ids[2:]
    first: BotPage = await resumed  # awaiting: one page from the start cursor
    assert [b.id for b in first.items] == ids[2:5]


async def test_collect_stops_fetching_at_the_limit(emu: Emulator, cbk: AsyncChatBotKit) -> None:
    seed(emu, 20)
    emu.stats.clear()
    assert len(await cbk.bot.list(take=5).collect(limit=7)) == 7
    assert emu.stats.requests == 2
    with pytest.raises(ValueError):
        await cbk.bot.list().collect(limit=-1)


async def test_meta_filters_pass_through(emu: Emulator, cbk: AsyncChatBotKit) -> None:
    ids = seed(emu, 12, team=lambda n: "a" if n % 3 == 0 else "b")
    team_a = [i for n, i in enumerate(ids) if n % 3 == 0]
    got = [b.id async for b in cbk.bot.list(take=2, order="asc", meta={"team": "a"})]
    assert got == team_a
    async with cbk.bot.list(order="asc", meta={"team": "a"}).stream() as items:
        assert [b.id async for b in items] == team_a


async def test_empty_list(cbk: AsyncChatBotKit) -> None:
    assert [b async for b in cbk.bot.list(take=10)] == []
    assert [p async for p in cbk.bot.list(take=10).pages()] == []  # no empty pages yielded
    assert (await cbk.bot.list(take=10)).items == []  # awaiting still gives the page
    async with cbk.bot.list().stream() as items:
        assert [b async for b in items] == []


async def test_nested_lists_and_exports_page_and_stream(
    emu: Emulator, cbk: AsyncChatBotKit
) -> None:
    convo = await cbk.conversation.create()
    for n in range(5):
        await cbk.conversation.message.create(convo.id, type="user", text=f"m{n}")
    texts = [m.text async for m in cbk.conversation.message.list(convo.id, take=2, order="asc")]
    assert texts == [f"m{n}" for n in range(5)]
    for n in range(4):
        await cbk.contact.create(name=f"c{n}")
    paged = [c async for c in cbk.contact.export(take=3, order="asc")]
    assert all(isinstance(c, Contact) for c in paged)
    async with cbk.contact.export(order="asc").stream() as items:
        streamed = [c async for c in items]
    assert [c.name for c in streamed] == [c.name for c in paged] == [f"c{n}" for n in range(4)]


# ------------------------------------------------------------------------------ JSONL streaming


@pytest.mark.parametrize("order", ["asc", "desc"])
async def test_stream_equals_paging(emu: Emulator, cbk: AsyncChatBotKit, order: str) -> None:
    seed(emu, 40, team=lambda n: str(n % 2))
    paged = await cbk.bot.list(take=7, order=order).collect()
    emu.stats.clear()
    async with cbk.bot.list(take=7, order=order).stream() as items:
        streamed = [b async for b in items]
    assert streamed == paged and len(streamed) == 40
    assert all(isinstance(b, Bot) for b in streamed)
    assert emu.stats.requests == 1  # one response, whatever take says
    async with cbk.bot.list(order=order, cursor=paged[9].id).stream() as items:
        assert [b async for b in items] == paged[10:]


async def test_stream_request_asks_for_jsonl_without_take() -> None:
    seen, handler = _mock.recorder(
        httpx.Response(200, content=_mock.jsonl({"type": "item", "data": bot("a")}))
    )
    async with mock(handler) as cbk:
        async with cbk.bot.list(take=5, order="asc", cursor="z").stream() as items:
            assert [b.id async for b in items] == ["a"]
            assert items.response.status_code == 200
    assert seen[0].headers["accept"] == "application/jsonl"
    assert dict(seen[0].url.params) == {"cursor": "z", "order": "asc"}


async def test_stream_must_be_iterated_inside_async_with() -> None:
    seen, handler = _mock.recorder(page())
    async with mock(handler) as cbk:
        with pytest.raises(RuntimeError, match="async with"):
            [b async for b in cbk.bot.list().stream()]
    assert seen == []  # nothing was opened


async def test_stream_without_jsonl_form_raises_clearly() -> None:
    _, handler = _mock.recorder(page())
    async with mock(handler) as cbk:
        with pytest.raises(PaginationError, match="no JSONL form"):
            cbk.usage.list().stream()


async def test_stream_error_and_unknown_lines() -> None:
    body = _mock.jsonl(
        {"type": "item", "data": bot("a")},
        {"type": "progress", "data": {"done": 1}},
        {"type": "progress", "data": {"done": 2}},
        {"type": "item", "data": bot("b")},
        {"type": "error", "data": {"code": "INTERNAL_SERVER_ERROR", "message": "boom"}},
        {"type": "item", "data": bot("c")},
    )
    _, handler = _mock.recorder(httpx.Response(200, content=body))
    got = []
    async with mock(handler) as cbk:
        async with cbk.bot.list(cursor="start").stream() as items:
            with pytest.raises(StreamEventError) as info:
                async for b in items:
                    got.append(b.id)
            assert items.skipped == {"progress": 2}  # skipped, but counted (and logged)
    assert got == ["a", "b"]
    assert info.value.base_code == "INTERNAL_SERVER_ERROR"
    assert info.value.resume_cursor == "b"  # the last item delivered


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b'{"type":"item","data":{"id":"b","visibility":"weird"}}\n', "does not match"),
        (b'{"type":"item"}\n', "does not match"),
        (b"[1,2]\n", "JSON object"),
        (b'{"type":"item"\n', "Invalid JSON"),
    ],
)
async def test_stream_bad_lines_raise_decode_errors(line: bytes, message: str) -> None:
    body = _mock.jsonl({"type": "item", "data": bot("a")}) + line
    _, handler = _mock.recorder(httpx.Response(200, content=body))
    async with mock(handler) as cbk:
        async with cbk.bot.list().stream() as items:
            assert (await items.__anext__()).id == "a"
            with pytest.raises(StreamDecodeError, match=message) as info:
                await items.__anext__()
    assert info.value.line_number == 2
    assert info.value.resume_cursor == "a"


async def test_stream_open_failure_is_typed_and_resumable() -> None:
    _, handler = _mock.recorder(httpx.Response(404, json={"code": "NOT_FOUND", "message": "gone"}))
    async with mock(handler) as cbk:
        with pytest.raises(NotFoundError) as info:
            async with cbk.bot.list(cursor="c9").stream():
                pass
    assert info.value.resume_cursor == "c9"


# ------------------------------------------------------------------------------ stop rules


async def test_short_last_page_stops_without_another_request() -> None:
    seen, handler = _mock.recorder(page("a", "b"), page("c", "d"), page("e"))
    async with mock(handler) as cbk:
        assert [b.id async for b in cbk.bot.list(take=2)] == ["a", "b", "c", "d", "e"]
    assert cursors(seen) == [None, "b", "d"]


async def test_next_cursor_is_the_last_id_not_the_server_cursor() -> None:
    seen, handler = _mock.recorder(page("a", "b", cursor="opaque"), page())
    async with mock(handler) as cbk:
        assert [b.id async for b in cbk.bot.list()] == ["a", "b"]
    assert cursors(seen) == [None, "b"]


async def test_server_cursor_is_the_fallback_for_items_without_id() -> None:
    from chatbotkit_gen.models import UsagePage

    item = {"date": "2024-01-01", "tokens": 1}
    responses = [
        httpx.Response(200, json={"items": [item], "cursor": "next"}),
        httpx.Response(200, json={"items": [], "cursor": ""}),
    ]
    seen, handler = _mock.recorder(*responses)
    async with mock(handler) as cbk:
        pages = [p async for p in cbk.usage.list().pages()]
    assert len(pages) == 1 and isinstance(pages[0], UsagePage)
    assert cursors(seen) == [None, "next"]
    _, handler = _mock.recorder(httpx.Response(200, json={"items": [item], "cursor": ""}))
    async with mock(handler) as cbk:
        with pytest.raises(PaginationError, match="no id"):
            [p async for p in cbk.usage.list().pages()]


async def test_a_server_ignoring_the_cursor_is_caught_before_duplicates() -> None:
    seen, handler = _mock.recorder(page("a", "b"), page("c", "d"), page("c", "d"))
    got = []
    async with mock(handler) as cbk:
        with pytest.raises(RepeatedCursorError) as info:
            async for b in cbk.bot.list(take=2):
                got.append(b.id)
    assert got == ["a", "b", "c", "d"]  # nothing twice
    assert info.value.cursor == "d"
    assert len(seen) == 3


async def test_a_repeated_start_cursor_is_caught() -> None:
    _, handler = _mock.recorder(page("a", "z"))
    async with mock(handler) as cbk:
        with pytest.raises(RepeatedCursorError):
            [b async for b in cbk.bot.list(take=2, cursor="z")]


@pytest.mark.parametrize("cycle", [2, 5, _REPEAT_WINDOW + 7, 200])
def test_cursor_guard_catches_long_cycles_in_constant_memory(cycle: int) -> None:
    guard = _CursorGuard("start")
    sequence = [f"c{n}" for n in range(50)] + [f"loop{n % cycle}" for n in range(10 * cycle)]
    with pytest.raises(RepeatedCursorError):
        for steps, cursor in enumerate(sequence):  # noqa: B007
            guard.check(cursor)
    assert steps <= 50 + 3 * cycle  # within ~two laps of the cycle
    assert len(guard._recent) <= _REPEAT_WINDOW


def test_cursor_guard_accepts_a_long_walk() -> None:
    guard = _CursorGuard("start")
    for n in range(20_000):
        guard.check(f"c{n}")
    assert len(guard._recent_set) == _REPEAT_WINDOW


# ------------------------------------------------------------------------------ failures, retries


async def test_failure_on_page_n_carries_the_resume_cursor() -> None:
    ids = [f"i{n}" for n in range(9)]
    fail = {"on": True}

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        start = ids.index(cursor) + 1 if cursor else 0
        if start == 6 and fail["on"]:
            return httpx.Response(500, json={"code": "INTERNAL_SERVER_ERROR", "message": "x"})
        return page(*ids[start : start + 3])

    got = []
    async with mock(handler) as cbk:
        with pytest.raises(InternalServerError) as info:
            async for b in cbk.bot.list(take=3):
                got.append(b.id)
        assert info.value.resume_cursor == "i5"
        fail["on"] = False
        got += [b.id async for b in cbk.bot.list(take=3, cursor=info.value.resume_cursor)]
    assert got == ids


async def test_first_page_failure_resumes_from_the_start() -> None:
    _, handler = _mock.recorder(httpx.Response(404, json={"code": "NOT_FOUND", "message": "x"}))
    async with mock(handler) as cbk:
        with pytest.raises(NotFoundError) as info:
            await cbk.bot.list()
        assert info.value.resume_cursor is None
        with pytest.raises(NotFoundError) as info:
            await cbk.bot.list(cursor="k")
        assert info.value.resume_cursor == "k"


async def test_each_page_fetch_is_retried() -> None:
    seen, handler = _mock.recorder(
        page("a", "b"),
        httpx.Response(503, json={"code": "INTERNAL_SERVER_ERROR", "message": "busy"}),
        page("c"),
    )
    async with mock(handler, max_retries=2, clock=FakeClock()) as cbk:
        assert [b.id async for b in cbk.bot.list(take=2)] == ["a", "b", "c"]
    assert cursors(seen) == [None, "b", "b"]


# ------------------------------------------------------------------------------ typing


def test_paginator_generics_are_visible_to_mypy() -> None:
    # The full mypy run is tests/test_typing.py (tests/typing/usage.py); here: the runtime shape.
    from chatbotkit.resources.bot import BotNamespace

    annotation = BotNamespace.list.__annotations__["return"]
    assert annotation == "AsyncPaginator[Bot, BotPage]"


# ------------------------------------------------------------------------------ memory


def _lazy_pages(pages: int, per_page: int) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        start = int(cursor) + 1 if cursor else 0
        stop = min(start + per_page, pages * per_page)
        items = [{"id": str(n), "createdAt": n, "updatedAt": n} for n in range(start, stop)]
        return httpx.Response(
            200, json={"items": items, "cursor": items[-1]["id"] if items else ""}
        )

    return handler


async def test_iterating_100k_items_holds_one_page_at_a_time() -> None:
    pages, per_page, traced = 1_000, 100, 10_000
    one_item_per_page: list[weakref.ref[Bot]] = []
    async with mock(_lazy_pages(pages, per_page)) as cbk:
        tracemalloc.start()
        try:
            one_page = await cbk.bot.list(take=per_page)
            _, page_peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        del one_page
        count = 0
        async for b in cbk.bot.list(take=per_page):
            if count % per_page == 0:
                one_item_per_page.append(weakref.ref(b))
            count += 1
            if count == pages * per_page - traced:  # trace the tail: tracing it all is slow
                tracemalloc.start()
                baseline, _ = tracemalloc.get_traced_memory()
        _, walk_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        last = b.id
        del b
    assert (count, last) == (pages * per_page, str(pages * per_page - 1))
    # Every page but the last is gone: the iterator kept no item of an earlier page.
    assert sum(ref() is not None for ref in one_item_per_page) <= 1
    # Keeping the traced items would cost ~100 pages; a flat walk stays within a few (httpx
    # responses are reference cycles, so some linger until the cyclic gc runs).
    assert walk_peak - baseline < 16 * page_peak, (walk_peak - baseline, page_peak)


async def test_streaming_a_long_list_keeps_no_items() -> None:
    total, per_chunk = 20_000, 500

    async def body() -> AsyncIterator[bytes]:
        for start in range(0, total, per_chunk):
            yield _mock.jsonl(
                *({"type": "item", "data": bot(str(n))} for n in range(start, start + per_chunk))
            )

    _, handler = _mock.recorder(httpx.Response(200, content=body()))
    refs: list[weakref.ref[Bot]] = []
    count = 0
    async with mock(handler) as cbk:
        async with cbk.bot.list().stream() as items:
            async for b in items:
                if count % per_chunk == 0:
                    refs.append(weakref.ref(b))
                count += 1
                assert len(items._lines) < per_chunk  # at most one chunk of lines is buffered
            del b
    assert count == total
    assert sum(ref() is not None for ref in refs) == 0


# ------------------------------------------------------------------------------ connections


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    emu = Emulator()
    for n in range(300):
        emu.put("bot", {"name": f"b{n}", "createdAt": n, "updatedAt": n})
    with run_emulator_server(emu) as running:
        yield running


async def wait_for_no_open_streams(emu: Emulator) -> None:
    """The server notices the closed socket on its own thread: poll, bounded."""
    for _ in range(200):
        if emu.stats.open_streams == 0 and emu.stats.open_requests == 0:
            return
        await anyio.sleep(0.01)  # anyio: agent tests call this under trio too
    raise AssertionError(f"{emu.stats.open_streams} streams still open on the server")


def loopback(server: Any) -> AsyncChatBotKit:
    return AsyncChatBotKit(token=server.token, base_url=server.base_url, max_retries=0)


async def test_break_out_of_a_stream_closes_the_response(server: Any) -> None:
    started = server.emulator.stats.streams_started
    async with loopback(server) as cbk:
        async with cbk.bot.list().stream() as items:
            async for _ in items:
                break
            # Server-side: the stream began (it may already have sent every line; a small
            # list fits the socket buffers, so "still open" is not observable from there).
            assert server.emulator.stats.streams_started == started + 1
        await wait_for_no_open_streams(server.emulator)
        # The pool is still usable and the whole list is still there.
        assert len(await cbk.bot.list(take=100).collect()) == 300


async def test_cancelling_a_stream_closes_the_response(server: Any) -> None:
    async with loopback(server) as cbk:
        first = asyncio.Event()

        async def consume() -> None:
            async with cbk.bot.list().stream() as items:
                async for _ in items:
                    first.set()
                    await asyncio.Event().wait()  # parked mid-stream until cancelled

        task = asyncio.create_task(consume())
        await first.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await wait_for_no_open_streams(server.emulator)


async def test_break_out_of_paging_leaves_no_busy_connection(server: Any) -> None:
    async with loopback(server) as cbk:
        async for _ in cbk.bot.list(take=10):
            break
        await wait_for_no_open_streams(server.emulator)  # nor requests
        async for _ in cbk.bot.list(take=10).pages():
            break
        await wait_for_no_open_streams(server.emulator)  # nor requests


# -- the basics through the client


async def test_awaiting_a_paginator_gives_one_page() -> None:
    from chatbotkit_gen.models import BotPage

    seen, handler = _mock.recorder(page("a", "b"))
    async with _mock.client(handler) as cbk:
        first = await cbk.bot.list(take=2, cursor="z")
    assert isinstance(first, BotPage)
    assert [b.id for b in first.items] == ["a", "b"]
    assert [r.url.params.get("cursor") for r in seen] == ["z"]


async def test_paginator_walks_until_a_short_page() -> None:
    seen, handler = _mock.recorder(page("a", "b"), page("c", "d"), page("e"))
    async with _mock.client(handler) as cbk:
        ids = [b.id async for b in cbk.bot.list(take=2)]
    assert ids == ["a", "b", "c", "d", "e"]
    assert [r.url.params.get("cursor") for r in seen] == [None, "b", "d"]


async def test_paginator_stops_on_empty_page_and_detects_repeats() -> None:
    _, handler = _mock.recorder(page("a"), page())
    async with _mock.client(handler) as cbk:
        assert [b.id async for b in cbk.bot.list()] == ["a"]
    _, handler = _mock.recorder(page("a", "b"), page("a", "b"))
    async with _mock.client(handler) as cbk:
        with pytest.raises(RepeatedCursorError):
            [b async for b in cbk.bot.list(take=2)]


# -- lists and item exports: one rule for lines that are not items


@pytest.mark.parametrize("operation", ["bot.list", "contact.export", "dataset.record.export"])
async def test_list_and_export_streams_treat_other_lines_alike(operation: str) -> None:
    def open_stream(cbk: AsyncChatBotKit) -> Any:
        target: Any = cbk
        for part in operation.split("."):
            target = getattr(target, part)
        args = ("d1",) if operation.startswith("dataset") else ()
        return target(*args).stream()

    outcomes = []
    for tail in (
        {"type": "progress", "data": {}},
        [1, 2],
        {"type": "error", "data": {"code": "CONFLICT", "message": "no"}},
        {"type": "item"},
    ):
        _, handler = _mock.recorder(
            httpx.Response(200, content=_mock.jsonl({"type": "item", "data": bot("a")}, tail))
        )
        async with mock(handler) as cbk:
            async with open_stream(cbk) as items:
                try:
                    outcomes.append([item.id async for item in items] + [dict(items.skipped)])
                except (StreamDecodeError, StreamEventError) as exc:
                    outcomes.append([type(exc).__name__, exc.resume_cursor])
    assert outcomes == [
        ["a", {"progress": 1}],  # another type: skipped, counted and logged once
        ["StreamDecodeError", "a"],  # not a JSON object
        ["StreamEventError", "a"],  # an error line
        ["StreamDecodeError", "a"],  # an item line without its item
    ]
