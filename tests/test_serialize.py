"""chatbotkit.to_dict / to_json / to_datetime: results as wire-form JSON, epoch fields as datetimes."""

from __future__ import annotations

import datetime
import enum
import json
from typing import Any

import httpx
import pytest
from starlette.responses import JSONResponse

import chatbotkit
from chatbotkit import UNSET, UnknownEvent, to_datetime, to_dict, to_json
from tests._mock import client, jsonl, recorder

UTC = datetime.timezone.utc
BOT = {
    "id": "b1",
    "createdAt": 1767225600123,
    "updatedAt": 1767225600123,
    "name": "Support",
    "meta": {"team": "a", "nested": {"x": [1, 2]}},
    "visibility": "private",
    "brandNew": {"k": [1]},
}


async def fetched_bot() -> Any:
    _, handler = recorder(httpx.Response(200, json=BOT))
    async with client(handler) as cbk:
        return await cbk.bot.fetch("b1")


async def test_a_model_is_its_wire_form() -> None:
    bot = await fetched_bot()
    assert to_dict(bot) == BOT == bot.to_dict()
    assert json.loads(json.dumps(to_dict(bot))) == BOT
    assert json.loads(to_json(bot)) == BOT
    assert to_json(bot, indent=2).startswith('{\n  "')


async def test_unset_fields_are_left_out() -> None:
    _, handler = recorder(httpx.Response(200, json={"name": "n"}))
    async with client(handler) as cbk:
        bot = await cbk.bot.fetch("b1")
    assert bot.id is UNSET and isinstance(bot.description, chatbotkit.Unset)
    assert to_dict(bot) == {"name": "n"}
    assert to_dict({"bot": bot, "skip": UNSET, "none": None}) == {
        "bot": {"name": "n"},
        "none": None,
    }
    assert to_dict(bot.description) is None  # a lone UNSET field
    assert to_dict([UNSET]) == [None]


async def test_lists_tuples_pages_and_nesting() -> None:
    page = {"items": [{"id": "a", "createdAt": 1, "updatedAt": 2}, {"id": "b"}], "cursor": "b"}
    _, handler = recorder(httpx.Response(200, json=page))
    async with client(handler) as cbk:
        first = await cbk.bot.list(take=2)
        items = await cbk.bot.list(take=2).collect(limit=2)
    assert to_dict(first) == page
    assert to_dict(items) == page["items"] == to_dict(tuple(items))
    assert to_dict({"page": first, "pair": (items[0], 1)}) == {
        "page": page,
        "pair": [page["items"][0], 1],
    }
    assert json.loads(to_json([first, items])) == [page, page["items"]]


async def test_stream_events_known_and_unknown_are_the_lines_sent() -> None:
    lines = [
        {"type": "token", "data": {"token": "Hel"}},
        {"type": "brandNewEvent", "data": {"x": 1}},
        {"type": "result", "data": {"text": "Hello", "end": {"reason": "stop"}}},
    ]
    _, handler = recorder(httpx.Response(200, content=jsonl(*lines)))
    async with client(handler) as cbk:
        async with cbk.conversation.complete.stream("c1", text="Hi") as stream:
            events = [event async for event in stream]
    assert isinstance(events[1], UnknownEvent)
    assert to_dict(events) == lines
    assert [event.to_dict() for event in events] == lines
    odd = UnknownEvent(type=None, data=[1], raw=[1])
    assert to_dict(odd) == odd.to_dict() == {"type": None, "data": [1]}


def test_enums_datetimes_and_scalars() -> None:
    class Color(enum.Enum):
        RED = "red"

    moment = datetime.datetime(2026, 1, 1, 12, tzinfo=UTC)
    value = {"c": Color.RED, "t": moment, "d": moment.date(), "n": [1, 2.5, True, None, "s"]}
    assert to_dict(value) == {
        "c": "red",
        "t": "2026-01-01T12:00:00+00:00",
        "d": "2026-01-01",
        "n": [1, 2.5, True, None, "s"],
    }


async def test_what_has_no_json_form_is_a_clear_type_error() -> None:
    _, handler = recorder()
    async with client(handler) as cbk:
        with pytest.raises(TypeError, match=r"AsyncPaginator.*collect"):
            to_dict(cbk.bot.list())
        with pytest.raises(TypeError, match=r"bytes.*binary"):
            to_dict({"file": b"\x00"})
        with pytest.raises(TypeError, match="AsyncChatBotKit"):
            to_dict([cbk])
    loop: dict[str, Any] = {}
    loop["self"] = loop
    with pytest.raises(ValueError, match="Circular"):
        to_dict(loop)
    shared = [1]
    assert to_dict([shared, shared]) == [[1], [1]]  # repeated, not circular


async def test_a_starlette_json_response_renders_it() -> None:
    bot = await fetched_bot()
    response = JSONResponse({"bot": to_dict(bot), "bots": to_dict([bot])})
    assert json.loads(response.body) == {"bot": BOT, "bots": [BOT]}


async def test_to_datetime_reads_millisecond_fields() -> None:
    bot = await fetched_bot()
    created = to_datetime(bot.created_at)
    assert created == datetime.datetime(2026, 1, 1, 0, 0, 0, 123000, tzinfo=UTC)
    assert created.tzinfo is UTC
    assert to_datetime(0) == datetime.datetime(1970, 1, 1, tzinfo=UTC)
    assert to_datetime(UNSET) is None and to_datetime(None) is None


def test_to_datetime_iso_strings_and_datetimes() -> None:
    expected = datetime.datetime(2026, 1, 1, 12, 30, tzinfo=UTC)
    assert to_datetime("2026-01-01T12:30:00Z") == expected
    assert to_datetime("2026-01-01T13:30:00+01:00") == expected
    assert to_datetime(datetime.datetime(2026, 1, 1, 12, 30)) == expected  # naive: UTC
    assert to_datetime(expected) is expected


@pytest.mark.parametrize(
    ("value", "error", "match"),
    [
        (True, TypeError, "milliseconds"),
        ([1], TypeError, "milliseconds"),
        ("yesterday", ValueError, "ISO 8601"),
        (10.0**20, ValueError, "out of range"),
    ],
)
def test_to_datetime_bad_input(value: Any, error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        to_datetime(value)


def test_public_names_are_lazy_and_the_generated_unset() -> None:
    from chatbotkit_gen import types

    assert chatbotkit.UNSET is types.UNSET and chatbotkit.Unset is types.Unset
    assert {"UNSET", "Unset", "to_dict", "to_json", "to_datetime"} <= set(dir(chatbotkit))


def test_a_value_nested_past_the_recursion_limit_is_a_typed_error() -> None:
    deep: list[Any] = []
    for _ in range(10_000):
        deep = [deep]
    with pytest.raises(chatbotkit.InvalidParameterError, match="nested too deeply"):
        to_json(deep)
