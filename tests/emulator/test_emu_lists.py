"""List semantics: cursor paging, order, take, meta filters and JSONL streaming."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chatbotkit.emulator import Emulator

JSONL = {"accept": "application/jsonl"}


def _jsonl(response: httpx.Response) -> list[dict[str, Any]]:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/jsonl")
    assert response.text == "" or response.text.endswith("\n")
    return [json.loads(line) for line in response.text.splitlines()]


async def _make(client: httpx.AsyncClient, n: int, **extra: Any) -> list[str]:
    ids = []
    for i in range(n):
        r = await client.post("/bot/create", json={"name": f"bot{i}", **extra})
        ids.append(r.json()["id"])
    return ids


async def _walk(
    client: httpx.AsyncClient, path: str, take: int, order: str | None = None, **params: str
) -> tuple[list[str], list[int]]:
    """Follow cursors to the end; returns the ids and the page sizes seen."""
    seen: list[str] = []
    sizes: list[int] = []
    cursor: str | None = None
    while True:
        query: dict[str, Any] = {"take": take, **params}
        if order:
            query["order"] = order
        if cursor:
            query["cursor"] = cursor
        page = (await client.get(path, params=query)).json()
        sizes.append(len(page["items"]))
        seen.extend(item["id"] for item in page["items"])
        if len(page["items"]) < take:
            assert page["cursor"] == (page["items"][-1]["id"] if page["items"] else "")
            return seen, sizes
        assert page["cursor"] == page["items"][-1]["id"]
        cursor = page["cursor"]


async def test_multi_page_walk_equals_full_set(client: httpx.AsyncClient) -> None:
    ids = await _make(client, 11)
    asc, sizes = await _walk(client, "/bot/list", 4, "asc")
    assert asc == ids
    assert sizes == [4, 4, 3]  # short last page ends the walk
    desc, sizes = await _walk(client, "/bot/list", 4)  # default order is desc
    assert desc == ids[::-1]
    exact, sizes = await _walk(client, "/bot/list", 11, "asc")
    assert exact == ids and sizes == [11, 0]  # a full last page is followed by an empty one


async def test_empty_list_and_defaults(client: httpx.AsyncClient, emu: Emulator) -> None:
    empty = (await client.get("/bot/list")).json()
    assert empty == {"items": [], "cursor": ""}
    await _make(client, emu.config.default_take + 5)
    page = (await client.get("/bot/list")).json()
    assert len(page["items"]) == emu.config.default_take == 25
    big = (await client.get("/bot/list", params={"take": 1000})).json()
    assert len(big["items"]) == 30  # take is capped at max_take (100), here fewer exist


async def test_take_cap(spec_path: Any) -> None:
    emu = Emulator(spec=spec_path, max_take=3)
    async with emu.client() as client:
        await _make(client, 5)
        assert len((await client.get("/bot/list", params={"take": 50})).json()["items"]) == 3


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"take": "x"}, "take: expected integer"),
        ({"take": "0"}, "take: must be >= 1"),
        ({"order": "sideways"}, "order: expected one of asc, desc"),
        ({"cursor": "c-unknown"}, "cursor: unknown cursor 'c-unknown'"),
    ],
)
async def test_bad_list_parameters(
    client: httpx.AsyncClient, params: dict[str, str], message: str
) -> None:
    await _make(client, 2)
    response = await client.get("/bot/list", params=params)
    assert response.status_code == 400
    assert response.json() == {"message": message, "code": "BAD_REQUEST"}


async def test_meta_filters(client: httpx.AsyncClient) -> None:
    red = await _make(client, 3, meta={"color": "red", "n": 1})
    blue = await _make(client, 2, meta={"color": "blue", "n": 2})
    await _make(client, 1)  # no meta at all
    got = (await client.get("/bot/list", params={"meta[color]": "red", "order": "asc"})).json()[
        "items"
    ]
    assert [b["id"] for b in got] == red
    both = (await client.get("/bot/list", params={"meta[color]": "blue", "meta[n]": "2"})).json()[
        "items"
    ]
    assert [b["id"] for b in both] == blue[::-1]
    assert (await client.get("/bot/list", params={"meta[color]": "blue", "meta[n]": "1"})).json()[
        "items"
    ] == []
    # paging a filtered list walks only the matches
    walked, _ = await _walk(client, "/bot/list", 2, "asc", **{"meta[color]": "red"})
    assert walked == red


async def test_declared_query_filters(client: httpx.AsyncClient) -> None:
    bot = (await client.post("/bot/create", json={})).json()["id"]
    mine = (await client.post("/task/create", json={"botId": bot})).json()["id"]
    await client.post("/task/create", json={})
    items = (await client.get("/task/list", params={"botId": bot})).json()["items"]
    assert [t["id"] for t in items] == [mine]
    bad = await client.get("/task/list", params={"status": "nonsense"})
    assert bad.status_code == 400 and bad.json()["message"].startswith("status: expected one of")


async def test_jsonl_list_equals_paging(client: httpx.AsyncClient) -> None:
    ids = await _make(client, 7, meta={"k": "v"})
    await _make(client, 3, meta={"k": "w"})
    all_desc = _jsonl(await client.get("/bot/list", headers=JSONL, params={"take": 2}))
    assert all(event["type"] == "item" for event in all_desc)
    walked, _ = await _walk(client, "/bot/list", 3)
    assert [e["data"]["id"] for e in all_desc] == walked  # whole list, take ignored

    asc = _jsonl(
        await client.get("/bot/list", headers=JSONL, params={"order": "asc", "meta[k]": "v"})
    )
    assert [e["data"]["id"] for e in asc] == ids
    after = _jsonl(
        await client.get(
            "/bot/list", headers=JSONL, params={"order": "asc", "cursor": ids[2], "meta[k]": "v"}
        )
    )
    assert [e["data"]["id"] for e in after] == ids[3:]
    assert _jsonl(await client.get("/contact/list", headers=JSONL)) == []


async def test_nested_and_export_lists(client: httpx.AsyncClient) -> None:
    d = (await client.post("/dataset/create", json={})).json()["id"]
    rids = [
        (await client.post(f"/dataset/{d}/record/create", json={"text": f"t{i}"})).json()["id"]
        for i in range(5)
    ]
    walked, sizes = await _walk(client, f"/dataset/{d}/record/list", 2, "asc")
    assert walked == rids and sizes == [2, 2, 1]
    exported = (await client.get(f"/dataset/{d}/record/export", params={"order": "asc"})).json()
    assert [i["id"] for i in exported["items"]] == rids
    streamed = _jsonl(await client.get(f"/dataset/{d}/record/export", headers=JSONL))
    assert [e["data"]["text"] for e in streamed] == [f"t{i}" for i in reversed(range(5))]


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    n=st.integers(min_value=0, max_value=12),
    take=st.integers(min_value=1, max_value=6),
    asc=st.booleans(),
)
async def test_paging_property(spec_path: Any, n: int, take: int, asc: bool) -> None:
    emu = Emulator(spec=spec_path)
    async with emu.client() as client:
        ids = await _make(client, n)
        walked, sizes = await _walk(client, "/bot/list", take, "asc" if asc else "desc")
        assert walked == (ids if asc else ids[::-1])
        assert all(size == take for size in sizes[:-1]) and sizes[-1] < take
