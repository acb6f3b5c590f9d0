"""Background task runs: trigger, subscribe to the end, status visible through fetch."""

from __future__ import annotations

import json
import time
from typing import Any

import anyio
import httpx

from chatbotkit.emulator import Emulator

JSONL = {"accept": "application/jsonl"}


def _jsonl(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/jsonl")
    return [json.loads(line) for line in response.text.splitlines()]


async def test_trigger_and_subscribe_to_the_end(client: httpx.AsyncClient, emu: Emulator) -> None:
    task = (await client.post("/task/create", json={"name": "nightly"})).json()["id"]
    idle = (await client.get(f"/task/{task}/fetch")).json()
    assert idle.get("status") in (None, "idle")

    started = time.monotonic()
    trigger = await client.post(f"/task/{task}/trigger", json={})
    assert trigger.status_code == 200 and trigger.json()["id"] == task
    running = (await client.get(f"/task/{task}/fetch")).json()
    assert running["status"] == "running" and running["outcome"] == "pending"
    again = await client.post(f"/task/{task}/trigger", json={})
    assert again.status_code == 409 and again.json()["code"] == "CONFLICT"

    events = _jsonl(await client.post(f"/task/{task}/subscribe", json={}, headers=JSONL))
    assert time.monotonic() - started >= emu.config.task_duration * 0.9  # streamed live to the end
    kinds = [e["type"] for e in events]
    steps = emu.config.task_steps
    assert kinds == ["operationBegin"] + ["operationBegin", "operationEnd"] * steps + [
        "operationEnd"
    ]
    execution = events[0]["data"]["id"]
    assert events[-1]["data"]["id"] == execution  # terminal event closes the run
    assert events[0]["data"]["action"]["id"] == task
    stamps = [e["createdAt"] for e in events]
    assert stamps == sorted(stamps)

    done = (await client.get(f"/task/{task}/fetch")).json()
    assert done["status"] == "idle" and done["outcome"] == "success"
    assert done["lastRunAt"] == stamps[0]
    runs = (await client.get(f"/task/{task}/execution/list")).json()["items"]
    assert [(r["id"], r["status"], r["outcome"]) for r in runs] == [(execution, "idle", "success")]

    # after the end, subscribe replays history (bounded by historyLength) and ends
    replay = _jsonl(await client.post(f"/task/{task}/subscribe", json={}, headers=JSONL))
    assert replay == events
    tail = _jsonl(
        await client.post(f"/task/{task}/subscribe", json={"historyLength": 2}, headers=JSONL)
    )
    assert tail == events[-2:]


async def test_subscribe_before_trigger(client: httpx.AsyncClient) -> None:
    task = (await client.post("/task/create", json={})).json()["id"]
    got: list[dict[str, Any]] = []

    async def subscriber() -> None:
        got.extend(_jsonl(await client.post(f"/task/{task}/subscribe", json={}, headers=JSONL)))

    async with anyio.create_task_group() as tg:
        tg.start_soon(subscriber)
        await anyio.sleep(0.05)
        await client.post(f"/task/{task}/trigger", json={})
    assert got and got[-1]["type"] == "operationEnd"


async def test_subscribe_without_any_run_ends_empty(client: httpx.AsyncClient) -> None:
    task = (await client.post("/task/create", json={})).json()["id"]
    assert _jsonl(await client.post(f"/task/{task}/subscribe", json={}, headers=JSONL)) == []
    assert (await client.post("/task/nope/subscribe", json={}, headers=JSONL)).status_code == 404


async def test_cancel_ends_with_error_event(client: httpx.AsyncClient) -> None:
    task = (await client.post("/task/create", json={})).json()["id"]
    await client.post(f"/task/{task}/trigger", json={})
    await client.post(f"/task/{task}/cancel", json={})
    events = _jsonl(await client.post(f"/task/{task}/subscribe", json={}, headers=JSONL))
    assert events[-1]["type"] == "error" and events[-1]["data"]["code"] == "CANCELED"
    fetched = (await client.get(f"/task/{task}/fetch")).json()
    assert fetched["status"] == "idle" and fetched["outcome"] == "failure"
    (run,) = (await client.get(f"/task/{task}/execution/list")).json()["items"]
    assert run["status"] == "canceled"
    # a new run may start after the canceled one
    assert (await client.post(f"/task/{task}/trigger", json={})).status_code == 200
