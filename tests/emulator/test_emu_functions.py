"""The emulator's model calls functions: static, channel and activity ("pure") ones, within limits."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from chatbotkit.emulator import Emulator
from chatbotkit.emulator._functions import arguments, select

JSONL = {"accept": "application/jsonl"}
EMPTY = {"type": "object", "properties": {}}


def fn(name: str, result: dict[str, Any] | None = None, **extra: Any) -> dict[str, Any]:
    item = {"name": name, "description": f"The {name} function", "parameters": EMPTY, **extra}
    if result is not None:
        item["result"] = result
    return item


def events_of(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    return [json.loads(line) for line in response.text.splitlines()]


async def complete(client: httpx.AsyncClient, text: str, functions: list[Any], **body: Any) -> Any:
    messages = body.pop("messages", [{"type": "user", "text": text}])
    return events_of(
        await client.post(
            "/conversation/complete",
            json={"messages": messages, "functions": functions, **body},
            headers=JSONL,
        )
    )


def test_selection_by_name_or_a_long_description_word() -> None:
    functions = [fn("lookup"), {**fn("other"), "description": "Forecasts tomorrow's weather"}]
    assert [f["name"] for f in select(functions, "please LOOKUP this")] == ["lookup"]
    assert [f["name"] for f in select(functions, "any forecasts?")] == ["other"]
    assert select(functions, "nothing here") == []


def test_arguments_from_the_text_or_typed_defaults() -> None:
    schema = {
        "type": "object",
        "properties": {
            "city": {"type": "string"},
            "days": {"type": "integer"},
            "ratio": {"type": ["number", "null"]},
            "unit": {"type": "string", "enum": ["c", "f"]},
            "flag": {"type": "boolean"},
            "tags": {"type": "array"},
            "note": {"type": "string"},
        },
        "required": ["city", "days", "ratio", "unit", "flag", "tags"],
    }
    assert arguments(schema, "weather in Copenhagen for 3 days") == {
        "city": "Copenhagen",  # the longest word
        "days": 3,
        "ratio": 3.0,
        "unit": "c",
        "flag": False,
        "tags": [],
    }
    given = arguments(schema, 'city="New York" days=x flag=true tags=["a"] note: hi')
    assert given["city"] == "New York" and given["days"] == "x"  # not an integer: kept as text
    assert (given["flag"], given["tags"], given["note"]) == (True, ["a"], "hi")


async def test_a_static_result_is_used_and_quoted(client: httpx.AsyncClient) -> None:
    events = await complete(client, "what is the policy", [fn("policy", {"data": {"days": 30}})])
    kinds = [e["type"] for e in events]
    assert kinds[0] == "message" and kinds[-2:] == ["message", "result"]
    activity = events[0]["data"]["meta"]["activity"]
    assert activity["type"] == "response" and json.loads(activity["function"]["result"]) == {
        "days": 30
    }
    assert events[-1]["data"]["text"].endswith('Tool results: policy -> {"days":30}')
    assert events[-1]["data"]["end"] == {"reason": "stop"}


async def test_a_pure_function_ends_the_reply_with_activity(client: httpx.AsyncClient) -> None:
    first = await complete(client, "weather city=Oslo", [fn("weather")])
    assert [e["type"] for e in first] == ["message", "result"]
    request = first[0]["data"]
    assert request["meta"]["activity"] == {
        "type": "request",
        "function": {"name": "weather", "arguments": {}},
    }
    assert first[1]["data"]["end"] == {"reason": "activity"}
    response = {
        "type": "activity",
        "text": "",
        "meta": {
            "activity": {
                "type": "response",
                "function": {"name": "weather", "arguments": {}, "result": '"sunny"'},
            }
        },
    }
    messages = [{"type": "user", "text": "weather city=Oslo"}, request, response]
    second = await complete(client, "", [fn("weather")], messages=messages)
    assert second[-1]["data"]["end"] == {"reason": "stop"}
    assert second[-1]["data"]["text"].endswith('weather -> "sunny"')


async def test_limits_calls_and_iterations(client: httpx.AsyncClient) -> None:
    functions = [fn("alpha", {"data": 1}), fn("beta", {"data": 2})]
    capped = await complete(client, "alpha and beta", functions, limits={"calls": 1})
    assert capped[-1]["data"]["text"].endswith("Tool results: alpha -> 1")
    stepped = await complete(client, "alpha and beta", functions, limits={"iterations": 1})
    assert stepped[-1]["data"]["end"] == {"reason": "iteration"}
    assert [e["type"] for e in stepped] == ["message", "message", "result"]


async def test_a_channel_call_waits_then_times_out(spec_path: Any) -> None:
    emu = Emulator(spec=spec_path, function_timeout=0.05)
    functions = [fn("lookup", {"channel": "lookup_channel_000001"})]
    async with emu.client() as client:
        events = await complete(client, "lookup", functions)
        assert [e["type"] for e in events] == ["waitForChannelMessageBegin", "error"]
        assert events[0]["data"] == {
            "channel": "lookup_channel_000001",
            "function": {"name": "lookup", "args": {}},
        }
        plain = await client.post(
            "/conversation/complete",
            json={"messages": [{"type": "user", "text": "lookup"}], "functions": functions},
        )
        assert plain.status_code == 500 and "lookup_channel_000001" in plain.json()["message"]


async def test_a_message_published_before_the_call_is_not_its_answer(spec_path: Any) -> None:
    emu = Emulator(spec=spec_path, function_timeout=0.05)
    async with emu.client() as client:
        published = await client.post(
            "/channel/lookup_channel_000002/publish", json={"message": {"data": "stale"}}
        )
        assert published.status_code == 200
        functions = [fn("lookup", {"channel": "lookup_channel_000002"})]
        events = await complete(client, "lookup", functions)
        assert events[-1]["type"] == "error"


@pytest.mark.parametrize("mode", [{"data": "kept"}, None])
async def test_a_stored_conversation_keeps_the_activity(
    client: httpx.AsyncClient, mode: dict[str, Any] | None
) -> None:
    conv = (await client.post("/conversation/create", json={})).json()["id"]
    response = await client.post(
        f"/conversation/{conv}/complete",
        json={"text": "call tool", "functions": [fn("tool", mode)]},
    )
    assert response.status_code == 200, response.text
    stored = (
        await client.get(f"/conversation/{conv}/message/list", params={"order": "asc"})
    ).json()
    kinds = [
        (m["type"], m.get("meta", {}).get("activity", {}).get("type")) for m in stored["items"]
    ]
    if mode is None:
        assert kinds == [("user", None), ("activity", "request")]
        assert response.json()["end"] == {"reason": "activity"}
    else:
        assert kinds == [("user", None), ("activity", "response"), ("bot", None)]
        assert response.json()["text"].endswith('tool -> "kept"')


async def test_the_result_names_the_stored_reply(client: httpx.AsyncClient) -> None:
    conv = (await client.post("/conversation/create", json={})).json()["id"]
    response = await client.post(
        f"/conversation/{conv}/complete",
        json={"text": "call tool", "functions": [fn("tool", {"data": "kept"})]},
    )
    assert response.status_code == 200, response.text
    stored = (await client.get(f"/conversation/{conv}/message/list")).json()["items"]
    bot = [m for m in stored if m["type"] == "bot"]
    assert [m["id"] for m in bot] == [response.json()["id"]]
