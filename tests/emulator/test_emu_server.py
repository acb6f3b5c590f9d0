"""The emulator over real loopback (uvicorn in a thread, and the CLI)."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import anyio
import httpx
import pytest

from chatbotkit.emulator import Emulator, EmulatorServer, FaultRule, run_emulator_server
from tests._poll import settled

JSONL = {"accept": "application/jsonl"}


@pytest.fixture(scope="module")
def server(spec_path: Path) -> Iterator[EmulatorServer]:
    with run_emulator_server(Emulator(spec=spec_path)) as running:
        yield running


@pytest.fixture(autouse=True)
def _clean(server: EmulatorServer) -> None:
    server.emulator.reset()


def _client(server: EmulatorServer, **kwargs: object) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=server.base_url,
        headers={"Authorization": f"Bearer {server.token}"},
        limits=httpx.Limits(max_connections=500, max_keepalive_connections=500),
        timeout=30,
        **kwargs,  # type: ignore[arg-type]
    )


async def test_basic_round_trip(server: EmulatorServer) -> None:
    assert server.base_url.startswith("http://127.0.0.1:") and server.base_url.endswith("/v1")
    async with _client(server) as client:
        bot = (await client.post("/bot/create", json={"name": "net"})).json()["id"]
        assert (await client.get(f"/bot/{bot}/fetch")).json()["name"] == "net"
        assert (
            await client.get("/bot/list", headers={"authorization": "Token nope"})
        ).status_code == 401


async def test_reset_over_loopback(server: EmulatorServer) -> None:
    server.emulator.faults.set(FaultRule.reset(count=1))
    async with _client(server) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get("/bot/list")
        assert (await client.get("/bot/list")).status_code == 200
    assert server.emulator.stats.faults["reset"] == 1


async def test_stream_reset_over_loopback(server: EmulatorServer) -> None:
    server.emulator.faults.set(FaultRule.stream_reset(after=2, count=1))
    async with _client(server) as client:
        conv = (await client.post("/conversation/create", json={})).json()["id"]
        got: list[str] = []
        with pytest.raises(httpx.RemoteProtocolError):
            async with client.stream(
                "POST", f"/conversation/{conv}/complete", json={"text": "x"}, headers=JSONL
            ) as r:
                assert r.status_code == 200
                async for line in r.aiter_lines():
                    got.append(line)
        assert [json.loads(line)["type"] for line in got] == ["token", "token"]
    assert await settled(lambda: server.emulator.stats.open_streams == 0)


async def test_cut_stream_over_loopback(server: EmulatorServer) -> None:
    server.emulator.faults.set(FaultRule.cut_stream(after=1, count=1))
    async with _client(server) as client:
        conv = (await client.post("/conversation/create", json={})).json()["id"]
        r = await client.post(f"/conversation/{conv}/complete", json={"text": "x"}, headers=JSONL)
        assert r.status_code == 200 and not r.text.endswith("\n")
        assert json.loads(r.text.split("\n")[0])["type"] == "token"


async def test_slow_stream_arrives_incrementally(server: EmulatorServer) -> None:
    server.emulator.faults.set(FaultRule.slow_stream(0.05, route="completeConversationMessage"))
    async with _client(server) as client:
        conv = (await client.post("/conversation/create", json={})).json()["id"]
        started = time.monotonic()
        arrivals: list[float] = []
        async with client.stream(
            "POST", f"/conversation/{conv}/complete", json={"text": "a"}, headers=JSONL
        ) as r:
            async for _ in r.aiter_lines():
                arrivals.append(time.monotonic() - started)
        assert len(arrivals) >= 5
        assert arrivals[-1] >= 0.05 * len(arrivals) * 0.9
        assert arrivals[0] < arrivals[-1] / 2  # the first line did not wait for the last


async def test_early_break_leaves_no_open_stream(server: EmulatorServer) -> None:
    server.emulator.faults.set(FaultRule.slow_stream(0.02))
    async with _client(server) as client:
        conv = (await client.post("/conversation/create", json={})).json()["id"]
        async with client.stream(
            "POST", f"/conversation/{conv}/complete", json={"text": "long " * 30}, headers=JSONL
        ) as r:
            async for _ in r.aiter_lines():
                assert server.emulator.stats.open_streams == 1
                break
    assert await settled(lambda: server.emulator.stats.open_streams == 0)
    assert await settled(lambda: server.emulator.stats.open_requests == 0)
    assert await settled(lambda: server.open_connections == 0)


async def test_many_concurrent_streams(server: EmulatorServer) -> None:
    n = 200
    emu = server.emulator
    # a little delay per line keeps every stream open long enough to overlap the others
    emu.faults.set(FaultRule.slow_stream(0.01, route="completeConversationMessage"))
    async with _client(server) as client:
        convs = [
            (await client.post("/conversation/create", json={})).json()["id"] for _ in range(10)
        ]

        async def one(i: int) -> str:
            conv = convs[i % len(convs)]
            text = ""
            async with client.stream(
                "POST",
                f"/conversation/{conv}/complete",
                json={"text": f"message {i}"},
                headers=JSONL,
            ) as r:
                assert r.status_code == 200
                async for line in r.aiter_lines():
                    event = json.loads(line)
                    if event["type"] == "token":
                        text += event["data"]["token"]
                    elif event["type"] == "result":
                        assert (
                            event["data"]["text"] == text
                            and event["data"]["end"]["reason"] == "stop"
                        )
                        return text
            raise AssertionError("stream ended without a result")

        with anyio.fail_after(60):  # a hang guard, not a speed check (that is make bench's S7)
            results = await asyncio.gather(*(one(i) for i in range(n)), return_exceptions=True)
    errors = [r for r in results if isinstance(r, BaseException)]
    assert errors == []
    assert all(f"message {i}" in text for i, text in enumerate(results))  # type: ignore[operator]
    assert emu.stats.by_status[200] == n + 10 and len(emu.stats.by_status) == 1
    assert await settled(lambda: emu.stats.open_streams == 0)


async def test_200_streams_held_open_at_once(spec_path: Path) -> None:
    """200 subscribers wait on one channel; all are open together, then all get the message."""
    n = 200
    with run_emulator_server(Emulator(spec=spec_path, subscribe_timeout=10)) as srv:
        emu = srv.emulator
        async with _client(srv) as client:

            async def subscriber() -> dict[str, object]:
                async with client.stream(
                    "POST", "/channel/room/subscribe", json={}, headers=JSONL
                ) as r:
                    async for line in r.aiter_lines():
                        return json.loads(line)  # type: ignore[no-any-return]
                raise AssertionError("subscription ended without a message")

            tasks = [asyncio.ensure_future(subscriber()) for _ in range(n)]
            try:
                assert await settled(lambda: emu.stats.open_streams == n, within=15), (
                    emu.stats.open_streams
                )
                published = await client.post(
                    "/channel/room/publish", json={"message": {"text": "hi"}}
                )
                assert published.status_code == 200
                results = await asyncio.gather(*tasks)
            finally:
                for task in tasks:
                    task.cancel()
        assert results == [{"type": "message", "data": {"text": "hi"}}] * n
        assert emu.stats.peak_open_streams == n
        # every subscriber hung up after one message: the server closed all its streams
        assert await settled(lambda: emu.stats.open_streams == 0, within=5)
        assert await settled(lambda: srv.open_connections == 0, within=5)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_cli_serves_and_prints_url_and_token(spec_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "chatbotkit.emulator",
            "--port",
            str(port),
            "--spec",
            str(spec_path),
            "--token",
            "cli-token",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.strip() == f"ChatBotKit emulator: http://127.0.0.1:{port}/v1"
        assert proc.stdout.readline().strip() == "token: cli-token"
        deadline = time.monotonic() + 15
        while True:
            try:
                r = httpx.get(
                    f"http://127.0.0.1:{port}/v1/bot/list",
                    headers={"Authorization": "Token cli-token"},
                )
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "CLI server did not come up"
                time.sleep(0.05)
        assert r.status_code == 200 and r.json() == {"items": [], "cursor": ""}
    finally:
        proc.terminate()
        proc.wait(10)
