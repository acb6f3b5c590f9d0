"""The blocking client ``chatbotkit.ChatBotKit`` against the emulator on loopback.

Every front-door feature once (fetch, paging, streams, batch, sub-accounts, errors), from
several threads at once, the refusal inside a running event loop, and Ctrl+C cancelling the
request in flight.
"""

from __future__ import annotations

import asyncio
import inspect
import signal
import sys
import threading
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import chatbotkit
from chatbotkit import AsyncChatBotKit, ChatBotKit
from chatbotkit.emulator import EmulatorServer, FaultRule, run_emulator_server


@pytest.fixture(scope="module")
def server(spec_path: Path) -> Iterator[EmulatorServer]:
    with run_emulator_server(spec=spec_path) as running:
        yield running


@pytest.fixture
def cbk(server: EmulatorServer) -> Iterator[ChatBotKit]:
    server.emulator.reset()
    with ChatBotKit(token=server.token, base_url=server.base_url, initial_delay=0.001) as client:
        yield client


def loop_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "chatbotkit-loop"]


def test_fetch_returns_the_model_and_errors_are_typed(cbk: ChatBotKit) -> None:
    created = cbk.bot.create(name="Support")
    fetched = cbk.bot.fetch(created.id)
    assert (fetched.id, fetched.name) == (created.id, "Support")
    assert cbk.bot.usage.fetch(created.id) is not None  # a nested resource
    with pytest.raises(chatbotkit.NotFoundError) as caught:
        cbk.bot.fetch("missing")
    assert caught.value.code == "NOT_FOUND"


def test_list_pages_items_collect_and_stream(cbk: ChatBotKit, server: EmulatorServer) -> None:
    names = {f"b{i}" for i in range(5)}
    for name in sorted(names):
        cbk.bot.create(name=name)
    bots = cbk.bot.list(take=2)
    assert server.emulator.stats.by_route["listBots"] == 0  # nothing sent before use
    assert len(bots.items) == 2 and bots.page.items == bots.items
    assert {bot.name for bot in bots} == names  # the first page is reused, not refetched
    assert server.emulator.stats.by_route["listBots"] == 3
    assert [len(page.items) for page in cbk.bot.list(take=2).pages()] == [2, 2, 1]
    assert len(cbk.bot.list(take=2).collect(limit=3)) == 3
    with cbk.bot.list().stream() as streamed:
        assert {bot.name for bot in streamed} == names
    assert streamed.response.is_closed


def test_event_stream_with_block(cbk: ChatBotKit) -> None:
    conversation = cbk.conversation.create()
    with cbk.conversation.complete.stream(conversation.id, text="hello") as events:
        text = "".join(events.text_stream)
        result = events.final()
    assert text and result.text == text
    assert events.response.is_closed
    with cbk.conversation.complete.stream(conversation.id, text="again") as events:
        for _ in events:
            break  # leaving early closes the response
    assert events.response.is_closed


def test_upload_and_download_bytes_and_chunks(cbk: ChatBotKit) -> None:
    file = cbk.file.create(name="notes.txt")
    cbk.file.upload(file.id, b"line\n" * 5000, filename="notes.txt")
    assert cbk.file.download(file.id) == b"line\n" * 5000
    with cbk.file.download.stream(file.id) as chunks:
        assert b"".join(chunks) == b"line\n" * 5000
    assert chunks.response.is_closed


def test_batch_runs_fn_in_threads_with_a_blocking_client(cbk: ChatBotKit) -> None:
    for i in range(6):
        cbk.bot.create(name=f"b{i}")

    def rename(client: ChatBotKit, bot: object) -> str:
        assert isinstance(client, ChatBotKit) and client.rate_limiter is not None
        bot_id = getattr(bot, "id", "")
        if bot_id.endswith(("0", "5")):
            raise ValueError(bot_id)
        return client.bot.update(bot_id, name="renamed").id

    # the items are a blocking paginator: read in a worker thread, it calls the client too
    results = cbk.batch(cbk.bot.list(take=4), rename, concurrency=3)
    assert [r.index for r in results] == list(range(6))
    failed = {r.item.id for r in results.failed}  # type: ignore[attr-defined]
    assert all(bot_id.endswith(("0", "5")) for bot_id in failed)
    renamed = {bot.id for bot in cbk.bot.list() if bot.name == "renamed"}
    assert renamed == {r.value for r in results.succeeded}
    assert len(renamed) + len(failed) == 6


def test_batch_stream_yields_results_as_they_complete(cbk: ChatBotKit) -> None:
    """Item 0 finishes only once the reader has seen item 1: completion order, not input order."""
    seen_one = threading.Event()

    def create(client: ChatBotKit, i: int) -> str:
        if i == 0:
            assert seen_one.wait(10)
        if i == 2:
            raise ValueError("two")
        return client.bot.create(name=f"b{i}").id

    stream = cbk.batch_stream(range(4), create, concurrency=2)
    order = []
    with stream as results:
        for r in results:
            order.append(r.index)
            if r.index == 1:
                seen_one.set()
    assert order.index(1) < order.index(0) and sorted(order) == [0, 1, 2, 3]
    assert stream.progress.done == 3 and stream.progress.failed == 1
    assert len(cbk.bot.list().collect()) == 3


def test_leaving_a_batch_stream_early_cancels_the_rest(cbk: ChatBotKit) -> None:
    called: list[int] = []

    def create(client: ChatBotKit, i: int) -> str:
        called.append(i)
        return client.bot.create(name=f"b{i}").id

    with cbk.batch_stream(range(1000), create, concurrency=2) as results:
        first = next(iter(results))
    started = len(called)
    assert first.ok and started < 20  # the rest was never started
    made = len(cbk.bot.list().collect())
    assert 1 <= made <= started  # calls in flight were cancelled or had finished
    assert len(cbk.bot.list().collect()) == made and len(called) == started  # nothing runs on


def test_bad_batch_items_are_refused_before_any_thread_starts(cbk: ChatBotKit) -> None:
    with pytest.raises(chatbotkit.InvalidParameterTypeError) as caught:
        cbk.batch_stream(42, lambda client, i: i)  # type: ignore[call-overload, arg-type]
    assert caught.value.parameter == "items" and isinstance(caught.value, TypeError)


def test_run_task_and_follow_task(spec_path: Path) -> None:
    from chatbotkit.emulator import Emulator

    emu = Emulator(spec=spec_path, task_duration=0.05, task_steps=2, subscribe_timeout=0.5)
    with (
        run_emulator_server(emu) as task_server,
        ChatBotKit(token=task_server.token, base_url=task_server.base_url) as client,
    ):
        task = client.task.create(name="nightly")
        seen: list[Any] = []
        outcome = client.run_task(task.id, timeout=10, on_event=seen.append)
        again = client.follow_task(task.id, timeout=10)  # the finished run, replayed
        assert outcome.ok and outcome.events == tuple(seen) and len(seen) == 6
        assert [e.to_dict() for e in again.events] == [e.to_dict() for e in outcome.events]
        slow = client.task.create(name="slow")
        emu.tasks.duration = 60  # the next run outlasts the timeout
        with pytest.raises(chatbotkit.TaskTimeoutError) as caught:
            client.run_task(slow.id, timeout=0.3)
        assert caught.value.task_id == slow.id


def test_sub_accounts_as_user_and_run_as(cbk: ChatBotKit, server: EmulatorServer) -> None:
    child = cbk.partner.user.create(name="child").id
    with cbk.as_user(child) as sub:
        sub.bot.create(name="in child")
    with pytest.raises(chatbotkit.RunAsScopeError):
        sub.bot.list().collect()
    with cbk.run_as(child):
        cbk.bot.create(name="run as child")
        in_child = cbk.bot.list()  # keeps the account it was made under
    cbk.bot.create(name="partner")
    assert {b.name for b in in_child} == {"in child", "run as child"}
    assert server.emulator.count("bot", account=child) == 2
    assert server.emulator.count("bot") == 1
    minted = cbk.partner_client_for(child)
    assert {b.name for b in minted.bot.list()} == {"in child", "run as child"}


def test_with_options_and_raw_response(cbk: ChatBotKit, server: EmulatorServer) -> None:
    server.emulator.faults.set(FaultRule.server_error("fetchBot", count=1))
    bot = cbk.bot.create(name="x")
    with pytest.raises(chatbotkit.InternalServerError):
        cbk.with_options(max_retries=0).bot.fetch(bot.id)
    raw = cbk.with_raw_response(cbk.bot.fetch)(bot.id)
    assert raw.status_code == 200 and raw.parse().id == bot.id


def test_many_threads_share_one_client_and_one_loop_thread(cbk: ChatBotKit) -> None:
    errors: list[BaseException] = []
    made: list[str] = []
    lock = threading.Lock()

    def work(n: int) -> None:
        try:
            for i in range(5):
                bot = cbk.bot.create(name=f"t{n}-{i}")
                with lock:
                    made.append(cbk.bot.fetch(bot.id).name)  # type: ignore[arg-type]
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert sorted(made) == sorted(f"t{n}-{i}" for n in range(8) for i in range(5))
    assert len(cbk.bot.list().collect()) == 40
    assert len(loop_threads()) == 1


def test_refused_inside_a_running_event_loop(cbk: ChatBotKit, server: EmulatorServer) -> None:
    async def handler() -> None:
        cbk.bot.list().collect()

    with pytest.raises(chatbotkit.RunningLoopError, match="AsyncChatBotKit"):
        asyncio.run(handler())
    assert server.emulator.stats.requests == 0


def test_a_notebook_cell_may_block_its_kernel_loop(
    cbk: ChatBotKit, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Jupyter runs cells inside its own loop; the core runs on another thread, so it works."""
    shell = types.ModuleType("IPython")
    shell.get_ipython = lambda: object()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "IPython", shell)

    async def cell() -> str:
        return cbk.bot.create(name="from a cell").id

    assert cbk.bot.fetch(asyncio.run(cell())).name == "from a cell"


def test_in_a_real_jupyter_kernel(server: EmulatorServer, tmp_path: Path) -> None:
    """A cell runs inside the kernel's event loop; the client's own loop thread serves it."""
    from jupyter_client.manager import KernelManager

    server.emulator.reset()
    cell = (
        "import chatbotkit, sniffio\n"
        f"cbk = chatbotkit.ChatBotKit(token={server.token!r}, base_url={server.base_url!r})\n"
        "cbk.bot.create(name='from a notebook')\n"
        "print(sniffio.current_async_library(), [b.name for b in cbk.bot.list()])\n"
    )
    kernel = KernelManager(kernel_name="python3", transport="ipc", ip=str(tmp_path / "kernel"))
    kernel.start_kernel(cwd=str(Path(__file__).parents[1]))
    client = kernel.client()
    try:
        client.start_channels()
        client.wait_for_ready(timeout=60)
        output: list[str] = []

        def hook(message: dict[str, Any]) -> None:
            if message["msg_type"] in ("stream", "error"):
                output.append(str(message["content"].get("text") or message["content"]))

        reply = client.execute_interactive(cell, timeout=60, output_hook=hook)
    finally:
        client.stop_channels()
        kernel.shutdown_kernel(now=True)
    assert reply["content"]["status"] == "ok", output
    assert output == ["asyncio ['from a notebook']\n"]  # inside a running loop, and served


def test_ctrl_c_cancels_the_request_in_flight(server: EmulatorServer) -> None:
    entered, cancelled = threading.Event(), threading.Event()

    class Hanging(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            entered.set()
            try:
                await asyncio.Event().wait()
            except asyncio.CancelledError:
                cancelled.set()
                raise
            raise AssertionError("unreachable")

    main = threading.get_ident()

    def interrupt() -> None:
        entered.wait(10)
        signal.pthread_kill(main, signal.SIGINT)

    with ChatBotKit(token="t", base_url=server.base_url, transport=Hanging()) as cbk:
        threading.Thread(target=interrupt).start()
        with pytest.raises(KeyboardInterrupt):
            cbk.bot.fetch("b1")
        assert cancelled.is_set()  # the request was cancelled before Ctrl+C propagated


def test_close_stops_the_thread_and_later_calls_are_refused(server: EmulatorServer) -> None:
    before = len(loop_threads())
    cbk = ChatBotKit(token=server.token, base_url=server.base_url)
    view = cbk.with_options(timeout=5)
    cbk.bot.list().collect()
    assert len(loop_threads()) == before + 1
    view.close()  # a derived client ends only its view
    cbk.bot.list().collect()
    cbk.close()
    cbk.close()  # idempotent
    assert len(loop_threads()) == before
    with pytest.raises(chatbotkit.ClientClosedError):
        cbk.bot.list().collect()
    with pytest.raises(chatbotkit.ClientClosedError):
        view.bot.fetch("b1")


def test_a_forgotten_client_stops_its_thread_but_not_while_a_view_lives(
    server: EmulatorServer,
) -> None:
    import gc

    before = len(loop_threads())
    cbk = ChatBotKit(token=server.token, base_url=server.base_url)
    view = cbk.with_options(timeout=5)
    del cbk
    gc.collect()
    view.bot.list().collect()  # the view keeps its owner (and the loop) alive
    assert len(loop_threads()) == before + 1
    del view
    gc.collect()
    assert len(loop_threads()) == before


def test_a_one_line_script_with_a_temporary_client(cbk: ChatBotKit, server: EmulatorServer) -> None:
    """The client is dropped at once: its namespace keeps the loop; the pool closes at exit."""
    import os
    import subprocess

    cbk.bot.create(name="Support")
    script = (
        "import chatbotkit; print([b.name for b in chatbotkit.ChatBotKit().bot.list().collect()])"
    )
    env = {
        **os.environ,
        "CHATBOTKIT_API_TOKEN": server.token,
        "CHATBOTKIT_API_BASE_URL": server.base_url,
    }
    done = subprocess.run(
        [sys.executable, "-X", "dev", "-W", "error", "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "['Support']\n", "")


def test_agent_run_with_a_plain_function_tool_that_uses_the_client(spec_path: Path) -> None:
    """``with cbk.agent.execute(...) as run: for event in run``; the tool calls the client."""
    from chatbotkit.emulator import Emulator

    with (
        run_emulator_server(Emulator(spec=spec_path, function_timeout=10.0)) as agent_server,
        ChatBotKit(token=agent_server.token, base_url=agent_server.base_url) as client,
    ):
        bot = client.bot.create(name="Support")

        @chatbotkit.tool
        def bot_name(bot_id: str) -> str:
            """The name of a bot."""
            return client.bot.fetch(bot_id).name  # type: ignore[return-value]

        messages = [{"type": "user", "text": f"bot_name bot_id={bot.id}"}]
        with client.agent.execute(messages=messages, tools=[bot_name]) as run:
            events = list(run)
    ends = [e for e in events if isinstance(e, chatbotkit.ToolCallEnd)]
    assert [(e.name, e.result) for e in ends] == [("bot_name", "Support")]
    assert isinstance(events[-1], chatbotkit.AgentOutcome) and run.outcome is events[-1]
    assert events[-1].exit_code == 0 and "Support" in events[-1].text


def test_constructor_and_with_options_take_exactly_the_async_clients_options() -> None:
    """Same names, kinds and defaults as AsyncChatBotKit (and its agent): the blocking door never drifts
    (it once sent ``Token`` auth after the async default became ``Bearer``)."""

    def options(fn: Any) -> list[tuple[str, Any, Any]]:
        params = list(inspect.signature(fn).parameters.values())[1:]  # without self
        return [(p.name, p.kind, p.default) for p in params]

    assert options(ChatBotKit.__init__) == options(AsyncChatBotKit.__init__)
    assert options(ChatBotKit.with_options) == options(AsyncChatBotKit.with_options)
    from chatbotkit._options import ClientOptions

    # with_options spells out ClientOptions.evolve's keywords (visible to help() and IDEs)
    assert options(AsyncChatBotKit.with_options) == options(ClientOptions.evolve)
    from chatbotkit._agent import AgentNamespace
    from chatbotkit._sync_agent import SyncAgentNamespace

    for name in ("complete", "execute"):
        assert options(getattr(SyncAgentNamespace, name)) == options(getattr(AgentNamespace, name))
    # chatbotkit.run_task(client, task_id, ...) -> cbk.run_task(task_id, ...)
    assert options(ChatBotKit.run_task) == options(chatbotkit.run_task)
    assert options(ChatBotKit.follow_task) == options(chatbotkit.follow_task)
    # both batch forms take the async batch's options (fn gets a blocking client)
    assert options(ChatBotKit.batch_stream) == options(ChatBotKit.batch)
    names = [name for name, _, _ in options(ChatBotKit.batch)]
    assert names == [name for name, _, _ in options(AsyncChatBotKit.batch)]


def test_default_auth_is_bearer_like_the_vendor_clients() -> None:
    seen: list[str] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["authorization"])
        return httpx.Response(200, json={"id": "b1"})

    with ChatBotKit(token="tok", transport=httpx.MockTransport(record)) as cbk:
        cbk.bot.fetch("b1")
    assert seen == ["Bearer tok"]
