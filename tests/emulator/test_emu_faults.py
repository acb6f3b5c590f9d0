"""Fault injection as a plain httpx client sees it (in-process transport)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from typing import Any

import httpx
import pytest

from chatbotkit.emulator import Emulator, EmulatorConfig, FaultError, FaultRule

JSONL = {"accept": "application/jsonl"}


async def _conversation(client: httpx.AsyncClient) -> str:
    return (await client.post("/conversation/create", json={})).json()["id"]


@pytest.mark.parametrize(
    ("rule", "status", "code", "retry_after", "retry_after_ms"),
    [
        (FaultRule.rate_limit(retry_after=2), 429, "TOO_MANY_REQUESTS", "2", "2000"),
        (FaultRule.limits_reached(), 429, "LIMITS_REACHED", None, None),
        (
            FaultRule.scoped_rate_limit("DISCORD", retry_after=0.2),
            429,
            "DISCORD_TOO_MANY_REQUESTS",
            "1",  # HTTP's Retry-After is whole seconds; the exact wait is in retry-after-ms
            "200",
        ),
        (FaultRule.server_error(), 500, "INTERNAL_SERVER_ERROR", None, None),
        (FaultRule.error(402, "NO_SUBSCRIPTION"), 402, "NO_SUBSCRIPTION", None, None),
    ],
)
async def test_status_faults(
    client: httpx.AsyncClient,
    emu: Emulator,
    rule: FaultRule,
    status: int,
    code: str,
    retry_after: str | None,
    retry_after_ms: str | None,
) -> None:
    emu.faults.set(rule)
    response = await client.get("/bot/list")
    assert response.status_code == status
    assert response.json()["code"] == code and response.json()["message"]
    assert response.headers.get("retry-after") == retry_after
    assert response.headers.get("retry-after-ms") == retry_after_ms
    assert emu.stats.faults[rule.kind] == 1 and emu.stats.faults_by_route["listBots"] == 1
    emu.faults.clear()
    assert (await client.get("/bot/list")).status_code == 200


async def test_burst_and_route_targeting(client: httpx.AsyncClient, emu: Emulator) -> None:
    emu.faults.set(FaultRule.rate_limit("createBot", count=2))
    statuses = [(await client.post("/bot/create", json={})).status_code for _ in range(4)]
    assert statuses == [429, 429, 200, 200]
    assert (await client.get("/bot/list")).status_code == 200  # other routes untouched

    emu.faults.set(FaultRule.server_error("/dataset/*"))
    assert (await client.post("/dataset/create", json={})).status_code == 500
    assert (await client.post("/bot/create", json={})).status_code == 200
    emu.faults.set(FaultRule.server_error("/v1/bot/*/fetch"))
    bot = (await client.post("/bot/create", json={})).json()["id"]
    assert (await client.get(f"/bot/{bot}/fetch")).status_code == 500


async def test_fractional_faults_are_seeded(spec_path: Any) -> None:
    async def pattern(seed: int) -> list[int]:
        emu = Emulator(spec=spec_path, seed=seed, faults=[FaultRule.rate_limit(rate=0.5)])
        async with emu.client() as client:
            return [(await client.get("/bot/list")).status_code for _ in range(40)]

    first, again, other = await pattern(7), await pattern(7), await pattern(8)
    assert first == again
    assert first != other
    assert 8 <= first.count(429) <= 32


async def test_reset_in_process_raises_transport_error(
    client: httpx.AsyncClient, emu: Emulator
) -> None:
    emu.faults.set(FaultRule.reset(count=1))
    with pytest.raises(httpx.RemoteProtocolError):
        await client.get("/bot/list")
    assert (await client.get("/bot/list")).status_code == 200
    assert emu.stats.faults["reset"] == 1


async def test_cut_stream(client: httpx.AsyncClient, emu: Emulator) -> None:
    conv = await _conversation(client)
    emu.faults.set(FaultRule.cut_stream(after=2))
    response = await client.post(
        f"/conversation/{conv}/complete", json={"text": "hi"}, headers=JSONL
    )
    assert response.status_code == 200
    body = response.text
    assert not body.endswith("\n")
    complete, partial = body.rsplit("\n", 1)
    assert [json.loads(line)["type"] for line in complete.splitlines()] == ["token", "token"]
    with pytest.raises(ValueError):
        json.loads(partial)
    assert emu.stats.faults["cut"] == 1


async def test_malformed_line(client: httpx.AsyncClient, emu: Emulator) -> None:
    conv = await _conversation(client)
    emu.faults.set(FaultRule.malformed_line(after=1))
    response = await client.post(
        f"/conversation/{conv}/complete", json={"text": "hi"}, headers=JSONL
    )
    raw = response.text.splitlines()
    with pytest.raises(ValueError):
        json.loads(raw[1])
    good = [json.loads(line) for i, line in enumerate(raw) if i != 1]
    assert good[0]["type"] == "token" and good[-1]["type"] == "result"  # the stream goes on


async def test_slow_stream(client: httpx.AsyncClient, emu: Emulator) -> None:
    d = (await client.post("/dataset/create", json={})).json()["id"]
    for i in range(4):
        await client.post(f"/dataset/{d}/record/create", json={"text": str(i)})
    emu.faults.set(FaultRule.slow_stream(0.03, route="listDatasetRecords"))
    started = time.monotonic()
    response = await client.get(f"/dataset/{d}/record/list", headers=JSONL)
    assert len(response.text.splitlines()) == 4
    assert time.monotonic() - started >= 4 * 0.03
    assert emu.stats.faults["slow"] == 1


async def test_stream_faults_leave_json_routes_alone(
    client: httpx.AsyncClient, emu: Emulator
) -> None:
    emu.faults.set(FaultRule.cut_stream(count=1))
    assert (await client.get("/bot/list")).json() == {"items": [], "cursor": ""}
    assert emu.stats.faults_injected == 0


async def test_stats_count_traffic(client: httpx.AsyncClient, emu: Emulator) -> None:
    await client.post("/bot/create", json={})
    await client.get("/bot/list")
    await client.get("/bot/nope/fetch")
    stats = emu.stats
    assert stats.requests == 3
    assert stats.by_route == {"createBot": 1, "listBots": 1, "fetchBot": 1}
    assert stats.by_status == {200: 2, 404: 1}
    assert stats.open_requests == 0 and stats.open_streams == 0
    emu.reset()
    assert emu.stats.requests == 0 and emu.count("bot") == 0


def test_fault_rule_parsing_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    rule = FaultRule.parse("rate_limit:route=createBot,rate=0.25,count=3")
    assert (rule.kind, rule.route, rule.rate, rule.count, rule.retry_after) == (
        "rate_limit",
        "createBot",
        0.25,
        3,
        1.0,
    )
    assert (
        FaultRule.parse("scoped_rate_limit:scope=slack").error_code() == "SLACK_TOO_MANY_REQUESTS"
    )
    assert FaultRule.parse("cut:after=4").after == 4
    for bad in ("nope", "rate_limit:rate", "rate_limit:speed=1", "rate_limit:rate=2"):
        with pytest.raises(ValueError):
            FaultRule.parse(bad)
    monkeypatch.setenv("CHATBOTKIT_EMULATOR_FAULTS", "server_error:count=1;slow:delay=0.5")
    monkeypatch.setenv("CHATBOTKIT_EMULATOR_TOKEN", "tok1,tok2")
    config = EmulatorConfig.from_env(seed=3)
    assert [f.kind for f in config.faults] == ["server_error", "slow"]
    assert config.tokens == ("tok1", "tok2") and config.seed == 3


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("bogus", "unknown fault kind 'bogus'"),
        ("rate_limit:rate", "bad fault option 'rate'"),
        ("token_bucket:refill=abc", "'refill' in 'token_bucket:refill=abc': not a number"),
        ("rate_limit:colour=red", "unknown fault option 'colour'"),
        ("rate_limit:rate=2", "rate must be within [0, 1]"),
    ],
)
def test_a_bad_fault_rule_is_a_fault_error_and_a_clean_cli_exit(text: str, says: str) -> None:
    with pytest.raises(FaultError, match=re.escape(says)):
        FaultRule.parse(text)
    assert issubclass(FaultError, ValueError)
    done = subprocess.run(
        [sys.executable, "-m", "chatbotkit.emulator", "--port", "0", "--fault", text],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("python -m chatbotkit.emulator: ") and says in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
