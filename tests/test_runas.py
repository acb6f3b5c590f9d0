"""Sub-accounts: ``as_user`` views, ``run_as`` blocks, the env default and partner tokens."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Callable
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from chatbotkit import (
    AsyncChatBotKit,
    ConfigurationError,
    NotAuthorizedError,
    RetryPolicy,
    RunAsScopeError,
)
from chatbotkit._clock import FakeClock
from chatbotkit.emulator import IN_PROCESS_BASE_URL, Emulator
from tests import _mock
from tests._paths import OPENAPI

TOKEN = "tok_partner_0123456789"
RUNAS = "x-runas-user-id"
EMAIL = "x-runas-child-user-email"
ENV = "CHATBOTKIT_API_RUNAS_USERID"
EMAIL_ENV = "CHATBOTKIT_API_RUNAS_CHILD_USER_EMAIL"


def recording(
    respond: _mock.Handler | None = None,
) -> tuple[list[httpx.Request], httpx.MockTransport]:
    """``_mock.recorder`` as a transport: ``respond`` answers (default ``{"id": "x"}``)."""
    seen, handler = _mock.recorder(*([respond] if respond else []))
    return seen, httpx.MockTransport(handler)


def mock_client(transport: httpx.MockTransport, **kwargs: Any) -> AsyncChatBotKit:
    return AsyncChatBotKit(token=TOKEN, transport=transport, **kwargs)


def accounts(seen: list[httpx.Request]) -> list[str | None]:
    """The account each request names, by any run-as header; never more than one."""
    result: list[str | None] = []
    for request in seen:
        named = [
            v for k, v in request.headers.multi_items() if k in (RUNAS, "x-runas-userid", EMAIL)
        ]
        assert len(named) <= 1, named
        result.append(named[0] if named else None)
    return result


# ------------------------------------------------------------------------------ as_user


async def test_no_header_unless_asked() -> None:
    seen, transport = recording()
    async with mock_client(transport) as cbk:
        await cbk.bot.fetch("b")
        await cbk.with_options(timeout=3).bot.fetch("b")
    assert accounts(seen) == [None, None]


async def test_as_user_view_sends_header_and_shares_the_pool() -> None:
    seen, transport = recording()
    async with mock_client(transport) as cbk:
        async with cbk.as_user("child_a") as sub:
            assert sub.http_client is cbk.http_client
            await sub.bot.fetch("b")
            await sub.with_options(timeout=3).bot.fetch("b")  # derived views keep the account
            await cbk.bot.fetch("b")  # the parent is untouched
        await cbk.bot.fetch("b")  # exiting the view did not close the pool
        assert not cbk.http_client.is_closed
    assert accounts(seen) == ["child_a", "child_a", None, None]


async def test_as_user_refused_after_block_before_sending() -> None:
    seen, transport = recording()
    async with mock_client(transport) as cbk:
        async with cbk.as_user("child_a") as sub:
            derived = sub.with_options(max_retries=0)
            await sub.bot.fetch("b")
        assert len(seen) == 1
        with pytest.raises(RunAsScopeError, match="child_a"):
            await sub.bot.fetch("b")
        with pytest.raises(RunAsScopeError):
            await derived.bot.create(name="n")
        with pytest.raises(RunAsScopeError):
            sub.bot.list()  # refused when the paginator is created, not on its first page
        with pytest.raises(RunAsScopeError):
            sub.conversation.complete.stream("c", text="hi")
        assert len(seen) == 1  # nothing was sent under any account
        await cbk.bot.fetch("b")
    assert accounts(seen) == ["child_a", None]


async def test_as_user_without_async_with_until_closed() -> None:
    seen, transport = recording()
    async with mock_client(transport) as cbk:
        sub = cbk.as_user("child_a")
        await sub.bot.fetch("b")
        await sub.bot.fetch("b")
        await sub.close()  # ends the view, not the pool
        with pytest.raises(RunAsScopeError):
            await sub.bot.fetch("b")
        await cbk.bot.fetch("b")
    assert accounts(seen) == ["child_a", "child_a", None]


@pytest.mark.parametrize("bad", ["", "   ", "a b", "caf\u00e9", "x\r\ny"])
def test_invalid_ids_rejected(bad: str, monkeypatch: pytest.MonkeyPatch) -> None:
    cbk = mock_client(recording()[1])
    with pytest.raises(ConfigurationError):
        cbk.as_user(bad)
    with pytest.raises(ConfigurationError):
        cbk.run_as(bad)
    if bad.strip():
        monkeypatch.setenv(ENV, bad)
        with pytest.raises(ConfigurationError):
            mock_client(recording()[1])


@pytest.mark.parametrize("bad", ["", "no-at-sign", "a b@example.com", "x\r\ny@example.com"])
def test_invalid_emails_and_ambiguous_choices_rejected(
    bad: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    cbk = mock_client(recording()[1])
    with pytest.raises(ConfigurationError):
        cbk.as_user(email=bad)
    with pytest.raises(ConfigurationError):
        cbk.run_as(email=bad)
    with pytest.raises(ConfigurationError, match="not both"):
        cbk.as_user("child", email="kid@example.com")
    with pytest.raises(ConfigurationError):
        cbk.as_user()
    monkeypatch.setenv(ENV, "child")
    monkeypatch.setenv(EMAIL_ENV, "kid@example.com")
    with pytest.raises(ConfigurationError, match="not both"):
        mock_client(recording()[1])


async def test_email_scoping_matches_ids() -> None:
    """Views, blocks, nesting and the partner work the same when the child is an e-mail."""
    seen, transport = recording()
    async with mock_client(transport) as cbk:
        with cbk.run_as(email="outer@example.com"):
            await cbk.bot.fetch("b")
            with cbk.run_as("by_id"):
                await cbk.bot.fetch("b")
            with cbk.run_as(None):
                await cbk.bot.fetch("b")
            async with cbk.as_user(email="view@example.com") as sub:
                await sub.bot.fetch("b")
            await cbk.bot.fetch("b")
        await cbk.bot.fetch("b")
    assert accounts(seen) == [
        "outer@example.com",
        "by_id",
        None,
        "view@example.com",
        "outer@example.com",
        None,
    ]


# ------------------------------------------------------------------------------- run_as


async def test_run_as_sync_and_async_forms_nest_and_restore() -> None:
    seen, transport = recording()
    async with mock_client(transport) as cbk:
        with cbk.run_as("a"):
            await cbk.bot.fetch("b")
            async with cbk.run_as("b"):
                await cbk.bot.fetch("b")
                with cbk.run_as(None):  # explicitly the partner again
                    await cbk.bot.fetch("b")
                await cbk.bot.fetch("b")
            await cbk.bot.fetch("b")
        await cbk.bot.fetch("b")
    assert accounts(seen) == ["a", "b", None, "b", "a", None]


async def test_run_as_restores_on_error_and_is_single_use() -> None:
    seen, transport = recording()
    async with mock_client(transport) as cbk:
        block = cbk.run_as("a")
        with pytest.raises(KeyError), block:
            with pytest.raises(RuntimeError, match="once"), block:
                pass
            raise KeyError
        await cbk.bot.fetch("b")
        with block:  # reusable once exited
            await cbk.bot.fetch("b")
    assert accounts(seen) == [None, "a"]


async def test_run_as_is_keyed_to_the_client_family() -> None:
    seen, transport = recording()
    async with mock_client(transport) as cbk, mock_client(transport) as other:
        derived = cbk.with_options(timeout=3)
        with cbk.run_as("a"):
            await cbk.bot.fetch("b")
            await derived.bot.fetch("b")  # same pool family: runs as "a"
            await other.bot.fetch("b")  # another client: unaffected
            with derived.run_as("b"):  # set through a derived client: the whole family
                await cbk.bot.fetch("b")
    assert accounts(seen) == ["a", "a", None, "b"]


async def test_explicit_view_wins_over_run_as_and_per_call_header_over_both() -> None:
    seen, transport = recording()
    async with mock_client(transport) as cbk:
        async with cbk.as_user("view") as sub:
            with cbk.run_as("ctx"), sub.run_as("ctx2"):
                await sub.bot.fetch("b")
                await cbk.bot.fetch("b")
                await sub.bot.fetch("b", extra_headers={"X-RunAs-UserId": "call"})
    assert accounts(seen) == ["view", "ctx2", "call"]


async def test_tasks_inherit_and_siblings_are_isolated() -> None:
    """Siblings overlap in time (each waits for all to be inside their block)."""
    seen, transport = recording()
    children = [f"child_{i}" for i in range(8)]
    inside = Counter[str]()
    all_inside = anyio.Event()
    async with mock_client(transport) as cbk:

        async def worker(child: str) -> None:
            with cbk.run_as(child):
                inside["n"] += 1
                if inside["n"] == len(children):
                    all_inside.set()
                await all_inside.wait()
                async with anyio.create_task_group() as inner:  # grandchild tasks inherit
                    inner.start_soon(cbk.bot.fetch, child)
                await cbk.bot.fetch(child)

        with cbk.run_as("outer"):
            async with anyio.create_task_group() as group:
                for child in children:
                    group.start_soon(worker, child)
            await asyncio.gather(cbk.bot.fetch("outer"))  # asyncio tasks inherit too
    assert len(seen) == 2 * len(children) + 1
    for request in seen:  # the bot id in the path names the account the task ran as
        assert request.headers[RUNAS] == request.url.path.split("/")[3]


# ------------------------------------------- requests built later: pages, streams, retries


def pages(take: int, total: int) -> Callable[[httpx.Request], httpx.Response]:
    def respond(request: httpx.Request) -> httpx.Response:
        start = int(request.url.params.get("cursor", "-1")) + 1
        items = [{"id": str(i)} for i in range(start, min(start + take, total))]
        return httpx.Response(200, json={"items": items})

    return respond


async def test_paginator_keeps_the_account_it_was_created_under() -> None:
    seen, transport = recording(pages(take=2, total=5))
    async with mock_client(transport) as cbk:
        with cbk.run_as("a"):
            paginator = cbk.bot.list(take=2)
        with cbk.run_as("b"):
            items = [bot.id async for bot in paginator]  # pages fetched under another block
        async with cbk.as_user("v") as sub:
            from_view = sub.bot.list(take=2)
        first_page = await from_view  # the view has ended: the paginator keeps "v"
        plain = cbk.bot.list(take=2)
        with cbk.run_as("c"):
            await plain
    assert items == ["0", "1", "2", "3", "4"]
    assert len(first_page.items) == 2
    assert accounts(seen) == ["a", "a", "a", "v", None]


async def test_stream_keeps_the_account_it_was_created_under() -> None:
    body = b'{"type":"token","data":{"token":"hi"}}\n{"type":"result","data":{"text":"hi"}}\n'
    seen, transport = recording(lambda _: httpx.Response(200, content=body))
    async with mock_client(transport) as cbk:
        with cbk.run_as("a"):
            stream = cbk.conversation.complete.stream("c", text="hi")
        async with cbk.as_user("v") as sub:
            from_view = sub.conversation.complete.stream("c", text="hi")
        with cbk.run_as("b"):
            async with stream as events:
                assert [event async for event in events]
        async with from_view as events:
            assert [event async for event in events]
    assert accounts(seen) == ["a", "v"]


async def test_retried_request_keeps_its_account() -> None:
    """The account changes between attempts (inside the transport); the retry keeps "a"."""
    cbk: AsyncChatBotKit
    switched = []

    def respond(request: httpx.Request) -> httpx.Response:
        if len(seen) == 1:
            block = cbk.run_as("b")
            block.__enter__()  # the calling task's context now says "b"
            switched.append(block)
            return httpx.Response(429, json={"code": "TOO_MANY_REQUESTS"})
        return httpx.Response(200, json={"id": "x"})

    seen, transport = recording(respond)
    policy = RetryPolicy(max_retries=2, initial_delay=0, jitter=0)
    async with mock_client(transport, retry_policy=policy, clock=FakeClock()) as cbk:
        with cbk.run_as("a"):
            await cbk.bot.create(name="n")
            switched[0].__exit__(None, None, None)
    assert accounts(seen) == ["a", "a"]
    assert [json.loads(r.content) for r in seen] == [{"name": "n"}] * 2


# ---------------------------------------------------------------------------- env default


async def test_env_default_read_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    seen, transport = recording()
    before = mock_client(transport)
    monkeypatch.setenv(ENV, " env_child ")
    async with mock_client(transport) as cbk, before:
        monkeypatch.delenv(ENV)
        await cbk.bot.fetch("b")
        await cbk.with_options(timeout=3).bot.fetch("b")
        await before.bot.fetch("b")
        with cbk.run_as("a"):
            await cbk.bot.fetch("b")
        with cbk.run_as(None):
            await cbk.bot.fetch("b")
        async with cbk.as_user("v") as sub:
            await sub.bot.fetch("b")
    assert accounts(seen) == ["env_child", "env_child", None, "a", None, "v"]


# ------------------------------------------------------------------------ on the emulator


def emulator_client(emu: Emulator, **kwargs: Any) -> AsyncChatBotKit:
    kwargs.setdefault("token", emu.token)
    return AsyncChatBotKit(base_url=IN_PROCESS_BASE_URL, transport=emu.transport(), **kwargs)


async def test_emulator_partner_client_for_and_refusals() -> None:
    emu = Emulator(spec=OPENAPI)
    async with emulator_client(emu) as cbk:
        child = (await cbk.partner.user.create(name="c")).id
        other = (await cbk.partner.user.create(name="o")).id
        with cbk.run_as(other):  # the token is still minted as the partner
            child_client = await cbk.partner_client_for(child, name="svc")
            assert child_client.http_client is cbk.http_client
            bot = await child_client.bot.create(name="from-token")  # no X-RunAs-UserId sent
        async with cbk.as_user(child) as sub:
            assert [b.id for b in (await sub.bot.list()).items] == [bot.id]
        assert (await cbk.bot.list()).items == []
        with pytest.raises(NotAuthorizedError), cbk.run_as("no_such_child"):
            await cbk.bot.list()
        with pytest.raises(NotAuthorizedError), child_client.run_as(other):
            await child_client.bot.list()  # a sub-account token has no partner rights
    assert emu.count("bot", account=child) == 1
    assert emu.count("bot", account=other) == 0


async def crosstalk_run(
    emu: Emulator, n_children: int, n_tasks: int, *, by_email: bool = False
) -> None:
    """Each task creates one bot and lists its account under ``run_as``; asserts isolation."""
    async with emulator_client(emu, max_retries=0) as cbk:
        children = [
            (await cbk.partner.user.create(name=f"c{i}", email=f"c{i}@example.com")).id
            for i in range(n_children)
        ]
        emails = {child: f"c{i}@example.com" for i, child in enumerate(children)}
        leaks: list[tuple[str, str]] = []
        seen_ids: Counter[str] = Counter()

        async def task(i: int) -> None:
            child = children[i % n_children]
            with cbk.run_as(email=emails[child]) if by_email else cbk.run_as(child):
                await cbk.bot.create(name=f"{child}/{i}")
                await anyio.lowlevel.checkpoint()  # siblings interleave between create and list
                listed = (await cbk.bot.list(take=100)).items
            seen_ids[child] += 1
            names = [str(bot.name) for bot in listed]
            leaks.extend((child, name) for name in names if not name.startswith(f"{child}/"))
            assert f"{child}/{i}" in names

        async with anyio.create_task_group() as group:
            for i in range(n_tasks):
                group.start_soon(task, i)
        assert leaks == []  # zero cross-talk in any list
        assert sum(seen_ids.values()) == n_tasks
        for index, child in enumerate(children):
            expected = {f"{child}/{i}" for i in range(index, n_tasks, n_children)}
            assert {r["name"] for r in emu.records("bot", account=child)} == expected
        assert emu.count("bot") == 0  # nothing landed in the partner's own account


async def test_emulator_1000_concurrent_tasks_zero_crosstalk() -> None:
    await crosstalk_run(Emulator(spec=OPENAPI), n_children=50, n_tasks=1000)


async def test_emulator_1000_concurrent_tasks_by_email_zero_crosstalk() -> None:
    await crosstalk_run(Emulator(spec=OPENAPI), n_children=50, n_tasks=1000, by_email=True)


def test_emulator_crosstalk_on_trio() -> None:
    emu = Emulator(spec=OPENAPI)

    async def main() -> None:
        await crosstalk_run(emu, n_children=10, n_tasks=100)

    anyio.run(main, backend="trio")
