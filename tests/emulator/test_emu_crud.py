"""Generic create/fetch/update/delete/list on plain, nested and integration resources."""

from __future__ import annotations

import httpx
import pytest

from chatbotkit.emulator import Emulator
from chatbotkit.emulator._spec import parse_path


async def _ok(response: httpx.Response) -> dict:
    assert response.status_code == 200, response.text
    return response.json()


def test_paths_parse_into_collections_and_actions() -> None:
    assert parse_path("/bot/create") == ("bot", (), None, "create", ())
    assert parse_path("/bot/{botId}/fetch") == ("bot", (), "botId", "fetch", ())
    assert parse_path("/dataset/{datasetId}/record/{recordId}/update") == (
        "dataset.record",
        (("dataset", "datasetId"),),
        "recordId",
        "update",
        (),
    )
    assert parse_path("/integration/slack/{slackIntegrationId}/setup") == (
        "integration.slack",
        (),
        "slackIntegrationId",
        "setup",
        (),
    )
    assert parse_path("/bot/{botId}/usage/fetch") == (
        "bot.usage",
        (("bot", "botId"),),
        None,
        "fetch",
        (),
    )
    assert parse_path("/space/{spaceId}/storage/copy/{path}") == (
        "space.storage",
        (("space", "spaceId"),),
        None,
        "copy",
        ("path",),
    )
    assert parse_path("/graphql") == ("", (), None, "graphql", ())


@pytest.mark.parametrize(
    ("collection", "body", "change"),
    [
        ("bot", {"name": "b1", "backstory": "x", "meta": {"k": "v"}}, {"name": "b2"}),
        ("dataset", {"name": "d1", "description": "docs"}, {"description": "more docs"}),
        ("contact", {"name": "Ann", "email": "ann@example.com"}, {"nick": "annie"}),
        ("integration/slack", {"name": "s", "botToken": "xoxb"}, {"signingSecret": "shh"}),
    ],
)
async def test_crud_cycle(
    client: httpx.AsyncClient, emu: Emulator, collection: str, body: dict, change: dict
) -> None:
    created = await _ok(await client.post(f"/{collection}/create", json=body))
    rid = created["id"]
    assert isinstance(rid, str) and rid
    fetched = await _ok(await client.get(f"/{collection}/{rid}/fetch"))
    assert fetched["id"] == rid
    assert {k: fetched[k] for k in body} == body
    assert isinstance(fetched["createdAt"], int) and fetched["createdAt"] == fetched["updatedAt"]

    updated = await _ok(await client.post(f"/{collection}/{rid}/update", json=change))
    assert updated["id"] == rid
    fetched2 = await _ok(await client.get(f"/{collection}/{rid}/fetch"))
    assert fetched2 == {**fetched, **change, "updatedAt": fetched2["updatedAt"]}
    assert fetched2["updatedAt"] >= fetched["updatedAt"]

    listed = await _ok(await client.get(f"/{collection}/list"))
    assert [item["id"] for item in listed["items"]] == [rid]
    assert emu.count(collection.replace("/", ".")) == 1

    deleted = await _ok(await client.post(f"/{collection}/{rid}/delete", json={}))
    assert deleted == {"id": rid}
    gone = await client.get(f"/{collection}/{rid}/fetch")
    assert gone.status_code == 404
    assert gone.json()["code"] == "NOT_FOUND"
    assert (await _ok(await client.get(f"/{collection}/list")))["items"] == []


async def test_unknown_fields_are_kept(client: httpx.AsyncClient) -> None:
    rid = (await _ok(await client.post("/bot/create", json={"name": "b", "x-custom": [1, 2]})))[
        "id"
    ]
    assert (await _ok(await client.get(f"/bot/{rid}/fetch")))["x-custom"] == [1, 2]


async def test_ids_are_unique_and_sort_by_creation(client: httpx.AsyncClient) -> None:
    ids = [(await _ok(await client.post("/bot/create", json={})))["id"] for _ in range(30)]
    assert len(set(ids)) == 30
    assert ids == sorted(ids)


async def test_nested_records_are_scoped_by_parent(
    client: httpx.AsyncClient, emu: Emulator
) -> None:
    d1 = (await _ok(await client.post("/dataset/create", json={"name": "one"})))["id"]
    d2 = (await _ok(await client.post("/dataset/create", json={"name": "two"})))["id"]
    r1 = (await _ok(await client.post(f"/dataset/{d1}/record/create", json={"text": "alpha"})))[
        "id"
    ]
    await _ok(await client.post(f"/dataset/{d2}/record/create", json={"text": "beta"}))

    record = await _ok(await client.get(f"/dataset/{d1}/record/{r1}/fetch"))
    assert record["text"] == "alpha"
    # the same record id under another dataset does not exist
    wrong = await client.get(f"/dataset/{d2}/record/{r1}/fetch")
    assert wrong.status_code == 404

    await _ok(await client.post(f"/dataset/{d1}/record/{r1}/update", json={"text": "alpha2"}))
    assert (await _ok(await client.get(f"/dataset/{d1}/record/{r1}/fetch")))["text"] == "alpha2"
    texts = [
        i["text"] for i in (await _ok(await client.get(f"/dataset/{d1}/record/list")))["items"]
    ]
    assert texts == ["alpha2"]

    # unknown parent -> 404 naming the parent
    missing = await client.post("/dataset/nope/record/create", json={"text": "x"})
    assert missing.status_code == 404
    assert "dataset" in missing.json()["message"]

    # deleting the parent deletes its records
    assert emu.count("dataset.record") == 2
    await _ok(await client.post(f"/dataset/{d1}/delete", json={}))
    assert emu.count("dataset.record") == 1
    assert (await client.get(f"/dataset/{d1}/record/list")).status_code == 404


async def test_delete_nested_record(client: httpx.AsyncClient) -> None:
    d = (await _ok(await client.post("/dataset/create", json={})))["id"]
    r = (await _ok(await client.post(f"/dataset/{d}/record/create", json={"text": "t"})))["id"]
    assert await _ok(await client.post(f"/dataset/{d}/record/{r}/delete", json={})) == {"id": r}
    assert (await client.get(f"/dataset/{d}/record/{r}/fetch")).status_code == 404


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"name": 3}, "name: expected string"),
        ({"visibility": "secret"}, "visibility: expected one of private, protected, public"),
        ({"privacy": "yes"}, "privacy: expected boolean"),
        ({"meta": []}, "meta: expected object"),
    ],
)
async def test_invalid_body_is_400_naming_the_field(
    client: httpx.AsyncClient, body: dict, field: str
) -> None:
    response = await client.post("/bot/create", json=body)
    assert response.status_code == 400
    assert response.json() == {"message": field, "code": "BAD_REQUEST"}


async def test_missing_required_and_nested_fields(client: httpx.AsyncClient) -> None:
    d = (await _ok(await client.post("/dataset/create", json={})))["id"]
    response = await client.post(f"/dataset/{d}/record/create", json={"source": "s"})
    assert response.status_code == 400
    assert response.json()["message"] == "text: is required"
    c = await client.post("/conversation/create", json={"messages": [{"type": "user", "text": 5}]})
    assert c.status_code == 400
    assert c.json()["message"] == "messages[0].text: expected string"


async def test_malformed_json_and_non_object_bodies(client: httpx.AsyncClient) -> None:
    bad = await client.post(
        "/bot/create", content=b"{nope", headers={"content-type": "application/json"}
    )
    assert bad.status_code == 400 and bad.json()["message"] == "body: invalid JSON"
    arr = await client.post("/bot/create", json=[1])
    assert arr.status_code == 400 and arr.json()["message"] == "body: expected object"


async def test_not_found_method_not_allowed_and_unknown_paths(client: httpx.AsyncClient) -> None:
    response = await client.get("/bot/doesnotexist/fetch")
    assert response.status_code == 404 and response.json()["code"] == "NOT_FOUND"
    response = await client.post("/bot/doesnotexist/update", json={})
    assert response.status_code == 404

    wrong_method = await client.get("/bot/create")
    assert wrong_method.status_code == 405
    assert wrong_method.json()["code"] == "METHOD_NOT_ALLOWED"
    assert wrong_method.headers["allow"] == "POST"
    assert (await client.post("/bot/list", json={})).status_code == 405

    for path in ("/nothing/here", "/bot/x/y/z/fetch"):
        unknown = await client.get(path)
        assert unknown.status_code == 404 and unknown.json()["code"] == "NOT_FOUND"
    outside = await client.get("http://emulator.local/other")
    assert outside.status_code == 404


async def test_generic_actions(client: httpx.AsyncClient, emu: Emulator) -> None:
    slack = (await _ok(await client.post("/integration/slack/create", json={"name": "s"})))["id"]
    setup = await _ok(await client.post(f"/integration/slack/{slack}/setup", json={}))
    assert setup["id"] == slack
    assert (await client.post("/integration/slack/nope/setup", json={})).status_code == 404

    bot = (await _ok(await client.post("/bot/create", json={"name": "orig", "backstory": "b"})))[
        "id"
    ]
    clone = (await _ok(await client.post(f"/bot/{bot}/clone", json={})))["id"]
    assert clone != bot
    copy = await _ok(await client.get(f"/bot/{clone}/fetch"))
    assert copy["name"] == "orig" and copy["backstory"] == "b"
    assert emu.count("bot") == 2

    # attach/detach link a top-level file to a dataset; the link shows in the nested list
    d = (await _ok(await client.post("/dataset/create", json={})))["id"]
    f = (await _ok(await client.post("/file/create", json={"name": "doc.txt"})))["id"]
    assert (await client.post(f"/dataset/{d}/file/nope/attach", json={})).status_code == 404
    await _ok(await client.post(f"/dataset/{d}/file/{f}/attach", json={"type": "source"}))
    files = (await _ok(await client.get(f"/dataset/{d}/file/list")))["items"]
    assert [(x["id"], x["name"]) for x in files] == [(f, "doc.txt")]
    await _ok(await client.post(f"/dataset/{d}/file/{f}/detach", json={}))
    assert (await _ok(await client.get(f"/dataset/{d}/file/list")))["items"] == []
    assert (await client.post(f"/dataset/{d}/file/{f}/detach", json={})).status_code == 404

    # relation lists: a contact's conversations are the conversations naming it
    contact = (await _ok(await client.post("/contact/create", json={"name": "c"})))["id"]
    conv = (await _ok(await client.post("/conversation/create", json={"contactId": contact})))["id"]
    await _ok(await client.post("/conversation/create", json={}))
    listed = (await _ok(await client.get(f"/contact/{contact}/conversation/list")))["items"]
    assert [c["id"] for c in listed] == [conv]

    # ensure finds by fingerprint or creates
    first = (await _ok(await client.post("/contact/ensure", json={"fingerprint": "fp1"})))["id"]
    again = (await _ok(await client.post("/contact/ensure", json={"fingerprint": "fp1"})))["id"]
    assert first == again and emu.count("contact") == 2


async def test_seeded_catalog_records(client: httpx.AsyncClient, emu: Emulator) -> None:
    assert (await client.get("/platform/doc/intro/fetch")).status_code == 404
    emu.put("platform.doc", {"id": "intro", "name": "Intro", "content": "Hello"})
    doc = await _ok(await client.get("/platform/doc/intro/fetch"))
    assert doc["content"] == "Hello"
