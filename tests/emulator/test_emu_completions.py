"""Completions: stream shape, stored messages, token budgets and continuation."""

from __future__ import annotations

import json
from typing import Any

import httpx

from chatbotkit.emulator import Emulator
from chatbotkit.emulator._model import reply_tokens

JSONL = {"accept": "application/jsonl"}


def _jsonl(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/jsonl")
    assert response.text.endswith("\n")
    return [json.loads(line) for line in response.text.splitlines()]


async def _conversation(client: httpx.AsyncClient, **body: Any) -> str:
    return (await client.post("/conversation/create", json=body)).json()["id"]


async def _messages(client: httpx.AsyncClient, conversation: str) -> list[tuple[str, str]]:
    page = (
        await client.get(f"/conversation/{conversation}/message/list", params={"order": "asc"})
    ).json()
    return [(m["type"], m["text"]) for m in page["items"]]


def test_model_is_deterministic_and_speaks_utf8() -> None:
    assert reply_tokens("hello world") == reply_tokens("hello world")
    assert reply_tokens("hello world") != reply_tokens("goodbye world")
    tokens = reply_tokens("hello world")
    assert tokens[0] == "You" and all(t.startswith(" ") for t in tokens[1:])
    assert "".join(tokens).endswith("café")


async def test_stream_shape_and_stored_messages(client: httpx.AsyncClient) -> None:
    conv = await _conversation(client)
    response = await client.post(
        f"/conversation/{conv}/complete", json={"text": "hello there"}, headers=JSONL
    )
    assert "café".encode() in response.content  # multi-byte UTF-8 on the wire, not \u escapes
    events = _jsonl(response)
    kinds = [e["type"] for e in events]
    n = len(reply_tokens("hello there"))
    assert kinds == ["token"] * n + ["message", "result"]
    text = "".join(e["data"]["token"] for e in events[:n])
    assert events[n]["data"] == {"type": "bot", "text": text, "meta": {}}
    result = events[-1]["data"]
    assert result["text"] == text
    assert result["end"] == {"reason": "stop"}
    assert result["usage"] == {"token": 2 + n}  # input words + output tokens
    assert await _messages(client, conv) == [("user", "hello there"), ("bot", text)]
    stored = (await client.get(f"/conversation/{conv}/message/{result['id']}/fetch")).json()
    assert stored["text"] == text


async def test_non_streaming_completion_returns_json_result(client: httpx.AsyncClient) -> None:
    conv = await _conversation(client)
    response = await client.post(f"/conversation/{conv}/complete", json={"text": "hi"})
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"id", "text", "usage", "end"}
    assert body["text"] == "".join(reply_tokens("hi"))
    assert body["end"]["reason"] == "stop"


async def test_budget_then_continuation_stitches_the_reply(spec_path: Any) -> None:
    emu = Emulator(spec=spec_path, max_tokens_per_reply=4)
    full = reply_tokens("tell me a long story please")
    async with emu.client() as client:
        conv = await _conversation(client)
        first = _jsonl(
            await client.post(
                f"/conversation/{conv}/complete",
                json={"text": "tell me a long story please"},
                headers=JSONL,
            )
        )
        assert [e["type"] for e in first] == ["token"] * 4 + ["message", "result"]
        assert first[-1]["data"]["end"]["reason"] == "length"
        parts = [first[-1]["data"]["text"]]
        assert await _messages(client, conv) == [
            ("user", "tell me a long story please"),
            ("bot", parts[0]),
        ]
        message_id = first[-1]["data"]["id"]
        reasons = []
        while True:  # continue without text until the reply stops
            result = (await client.post(f"/conversation/{conv}/complete", json={})).json()
            assert result["id"] == message_id
            parts.append(result["text"])
            reasons.append(result["end"]["reason"])
            if result["end"]["reason"] == "stop":
                break
            assert len(reasons) < 20
        assert set(reasons[:-1]) <= {"length"}
        assert "".join(parts) == "".join(full)
        # the stored bot message is the whole stitched reply, still one message
        assert await _messages(client, conv) == [
            ("user", "tell me a long story please"),
            ("bot", "".join(full)),
        ]
        # nothing pending: another continuation produces nothing new
        idle = (await client.post(f"/conversation/{conv}/complete", json={})).json()
        assert idle["text"] == "" and idle["end"]["reason"] == "stop"


async def test_budget_from_model_string_and_continuations_limit(client: httpx.AsyncClient) -> None:
    bot = (await client.post("/bot/create", json={"model": "gpt/maxTokens=3"})).json()["id"]
    conv = await _conversation(client, botId=bot)
    r = (await client.post(f"/conversation/{conv}/complete", json={"text": "a b c d"})).json()
    assert r["end"]["reason"] == "length" and r["text"] == "".join(reply_tokens("a b c d")[:3])
    conv2 = await _conversation(client, botId=bot)
    r2 = (
        await client.post(
            f"/conversation/{conv2}/complete",
            json={"text": "a b c d", "limits": {"continuations": 1}},
        )
    ).json()
    assert r2["text"] == "".join(reply_tokens("a b c d")[:6])  # one automatic continuation


async def test_complete_without_text_answers_seeded_user_message(client: httpx.AsyncClient) -> None:
    conv = await _conversation(client, messages=[{"type": "user", "text": "seeded question"}])
    result = (await client.post(f"/conversation/{conv}/complete", json={})).json()
    assert result["text"] == "".join(reply_tokens("seeded question"))
    assert await _messages(client, conv) == [("user", "seeded question"), ("bot", result["text"])]


async def test_send_then_receive(client: httpx.AsyncClient) -> None:
    conv = await _conversation(client)
    sent = (await client.post(f"/conversation/{conv}/send", json={"text": "ping"})).json()
    assert set(sent) == {"id", "entities"} and sent["entities"] == []
    events = _jsonl(await client.post(f"/conversation/{conv}/receive", json={}, headers=JSONL))
    assert events[-2]["type"] == "message" and events[-1]["type"] == "result"
    assert events[-1]["data"]["text"] == "".join(reply_tokens("ping"))
    assert "end" not in events[-1]["data"]  # receive's result has no end
    assert await _messages(client, conv) == [("user", "ping"), ("bot", events[-1]["data"]["text"])]
    missing = await client.post(f"/conversation/{conv}/send", json={})
    assert missing.status_code == 400 and missing.json()["message"] == "text: is required"


async def test_stateless_completion(client: httpx.AsyncClient, emu: Emulator) -> None:
    messages = [
        {"type": "user", "text": "first"},
        {"type": "bot", "text": "ok"},
        {"type": "user", "text": "second"},
    ]
    result = (
        await client.post(
            "/conversation/complete", json={"messages": messages, "model": "x/maxTokens=2"}
        )
    ).json()
    assert result["text"] == "".join(reply_tokens("second")[:2])
    assert result["end"]["reason"] == "length"
    events = _jsonl(
        await client.post("/conversation/complete", json={"messages": messages}, headers=JSONL)
    )
    assert events[-1]["data"]["text"] == "".join(reply_tokens("second"))
    assert emu.count("conversation.message") == 0  # nothing stored
    bad = await client.post("/conversation/complete", json={})
    assert bad.status_code == 400 and bad.json()["message"] == "messages: is required"
    assert (
        await client.post("/conversation/complete", json={"messages": [], "botId": "nope"})
    ).status_code == 404


async def test_extra_events_and_unknown_conversation(spec_path: Any) -> None:
    emu = Emulator(spec=spec_path, extra_events=True)
    async with emu.client() as client:
        conv = await _conversation(client)
        kinds = [
            e["type"]
            for e in _jsonl(
                await client.post(
                    f"/conversation/{conv}/complete", json={"text": "x"}, headers=JSONL
                )
            )
        ]
        assert kinds[0] == "completeBegin" and kinds[-4:] == [
            "usage",
            "message",
            "completeEnd",
            "result",
        ]
        missing = await client.post(
            "/conversation/nope/complete", json={"text": "x"}, headers=JSONL
        )
        assert missing.status_code == 404 and missing.json()["code"] == "NOT_FOUND"


def test_runs_in_process_under_trio(spec_path: Any) -> None:
    """The app only uses anyio primitives, so a trio-based client can drive it too."""
    import anyio

    async def main() -> tuple[list[str], list[str]]:
        emu = Emulator(spec=spec_path, task_duration=0.03, token_delay=0.001)
        async with emu.client() as client:
            conv = await _conversation(client)
            response = await client.post(
                f"/conversation/{conv}/complete", json={"text": "hi"}, headers=JSONL
            )
            task = (await client.post("/task/create", json={})).json()["id"]
            await client.post(f"/task/{task}/trigger", json={})
            events = await client.post(f"/task/{task}/subscribe", json={}, headers=JSONL)
            return [e["type"] for e in _jsonl(response)][-2:], [e["type"] for e in _jsonl(events)][
                -1:
            ]

    assert anyio.run(main, backend="trio") == (["message", "result"], ["operationEnd"])
