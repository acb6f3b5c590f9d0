"""Conformance with ChatBotKit's own clients (issue 20), both directions, one test per row.

SDK -> a recording loopback server: the exact exchange (method, path, query, the headers
that matter, body) equals what the vendor's clients (npm @chatbotkit/sdk, PyPI chatbotkit
0.6.0) send. Vendor form -> the emulator on loopback: the same requests, replayed by hand
with httpx, are understood.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from chatbotkit import AsyncChatBotKit
from chatbotkit.emulator import Emulator, run_emulator_server
from tests._loopback import Reply, Seen, Server, json_reply, recording_server
from tests._paths import OPENAPI

TOKEN = "tok_vendor_0123456789"
RUNAS_HEADERS = ("x-runas-user-id", "x-runas-userid", "x-runas-child-user-email")


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    async with recording_server() as server:
        yield server


def sdk(server: Server, **kwargs: Any) -> AsyncChatBotKit:
    return AsyncChatBotKit(token=TOKEN, base_url=server.url + "/api/v1", max_retries=0, **kwargs)


def runas(seen: Seen) -> list[tuple[str, str]]:
    return [(k.lower(), v) for k, v in seen.headers if k.lower() in RUNAS_HEADERS]


# ------------------------------------------------------------ SDK -> recording server


async def test_row_auth_scheme_is_bearer(server: Server) -> None:
    async with sdk(server) as cbk:
        await cbk.bot.fetch("b1")
    async with sdk(server, auth_scheme="Token") as cbk:  # the docs' form, on request
        await cbk.bot.fetch("b1")
    assert [s.header("authorization") for s in server.seen] == [
        [f"Bearer {TOKEN}"],
        [f"Token {TOKEN}"],
    ]


async def test_row_subaccount_header_is_x_runas_user_id(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with sdk(server) as cbk:
        await cbk.as_user("child_1").bot.fetch("b1")
        with cbk.run_as("child_2"):
            await cbk.bot.fetch("b1")
        # the caller's own header, either spelling, wins and is sent once
        await cbk.as_user("child_1").bot.fetch("b1", extra_headers={"X-RunAs-UserId": "mine"})
        await cbk.as_user("child_1").bot.fetch("b1", extra_headers={"x-runas-user-id": "mine2"})
    monkeypatch.setenv("CHATBOTKIT_API_RUNAS_USERID", "from_env")
    async with sdk(server, default_headers={"X-RunAs-UserId": "default"}) as cbk:
        await cbk.bot.fetch("b1")  # the caller's default header beats the environment
        await cbk.as_user("child_3").bot.fetch("b1")  # chosen: replaces it, never both
    async with sdk(server) as cbk:
        await cbk.bot.fetch("b1")  # the environment alone
    assert [runas(s) for s in server.seen] == [
        [("x-runas-user-id", "child_1")],
        [("x-runas-user-id", "child_2")],
        [("x-runas-userid", "mine")],
        [("x-runas-user-id", "mine2")],
        [("x-runas-userid", "default")],
        [("x-runas-user-id", "child_3")],
        [("x-runas-user-id", "from_env")],
    ]


async def test_row_run_as_child_by_email(server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    async with sdk(server) as cbk:
        await cbk.as_user(email="kid@example.com").bot.fetch("b1")
        with cbk.run_as(email="kid2@example.com"):
            await cbk.bot.fetch("b1")
    monkeypatch.setenv("CHATBOTKIT_API_RUNAS_CHILD_USER_EMAIL", "env@example.com")
    async with sdk(server) as cbk:
        await cbk.bot.fetch("b1")
        await cbk.as_user("by_id").bot.fetch("b1")  # an id replaces the e-mail, never both
    assert [runas(s) for s in server.seen] == [
        [("x-runas-child-user-email", "kid@example.com")],
        [("x-runas-child-user-email", "kid2@example.com")],
        [("x-runas-child-user-email", "env@example.com")],
        [("x-runas-user-id", "by_id")],
    ]


async def test_row_meta_filter_is_dotted(server: Server) -> None:
    server.handler = lambda _: json_reply({"items": [], "cursor": ""})
    async with sdk(server) as cbk:
        await cbk.bot.list(meta={"app": "x"})
    assert server.seen[0].query == [("meta.app", "x")]


async def test_row_order_is_omitted_unless_given(server: Server) -> None:
    server.handler = lambda _: json_reply({"items": [], "cursor": ""})
    async with sdk(server) as cbk:
        await cbk.conversation.list()
        await cbk.conversation.list(order="asc")
    assert [s.target for s in server.seen] == [
        "/api/v1/conversation/list",
        "/api/v1/conversation/list?order=asc",
    ]


async def test_row_url_prefix_is_the_base_url(server: Server) -> None:
    async with sdk(server) as cbk:
        await cbk.bot.fetch("b1")
    assert server.seen[0].method == "GET" and server.seen[0].target == "/api/v1/bot/b1/fetch"


async def test_row_upload_is_two_steps(server: Server) -> None:
    async with recording_server() as storage:

        def answer(seen: Seen) -> Reply:
            url = storage.url + "/bucket/f1?sig=abc"
            return json_reply(
                {
                    "id": "f1",
                    "uploadRequest": {
                        "method": "PUT",
                        "url": url,
                        "headers": {"x-amz-acl": "private"},
                    },
                }
            )

        server.handler = answer
        async with sdk(server) as cbk, cbk.as_user("child_1") as sub:
            result = await sub.file.upload("f1", b"hello", filename="a.txt")
    assert result.id == "f1"
    (step1,) = server.seen
    assert (step1.method, step1.target) == ("POST", "/api/v1/file/f1/upload")
    assert step1.header("content-type") == ["application/json"]
    assert json.loads(step1.body) == {"file": {"type": "text/plain", "size": 5, "name": "a.txt"}}
    assert step1.header("authorization") == [f"Bearer {TOKEN}"]
    (step2,) = storage.seen
    assert (step2.method, step2.target, step2.body) == ("PUT", "/bucket/f1?sig=abc", b"hello")
    assert step2.header("content-length") == ["5"] and step2.header("transfer-encoding") == []
    assert step2.header("x-amz-acl") == ["private"]
    assert step2.header("content-type") == ["application/octet-stream"]
    assert step2.header("authorization") == [] and runas(step2) == []  # another origin


async def test_row_download_accepts_anything_and_follows_every_form(server: Server) -> None:
    async with recording_server() as storage:
        storage.handler = lambda _: Reply(200, {"content-type": "text/plain"}, b"the bytes")
        forms = iter(
            [
                Reply(200, {"content-type": "application/octet-stream"}, b"the bytes"),
                Reply(302, {"location": storage.url + "/blob/1"}),
                json_reply({"url": storage.url + "/blob/2"}),
            ]
        )
        server.handler = lambda _: next(forms)
        async with sdk(server) as cbk, cbk.as_user("child_1") as sub:
            got = [await sub.file.download("f1") for _ in range(3)]
    assert got == [b"the bytes"] * 3
    assert [(s.method, s.target) for s in server.seen] == [("GET", "/api/v1/file/f1/download")] * 3
    assert all(s.header("accept") == ["*/*"] for s in server.seen)
    assert [s.target for s in storage.seen] == ["/blob/1", "/blob/2"]
    for hop in storage.seen:  # another origin: no credentials
        assert hop.header("authorization") == [] and runas(hop) == []


# ---------------------------------------------------- vendor form -> emulator (loopback)


@pytest.fixture(scope="module")
def emulator_url() -> Iterator[tuple[str, str, Emulator]]:
    emu = Emulator(spec=OPENAPI)
    with run_emulator_server(emu) as running:
        yield running.url, running.token, emu


def vendor(base: tuple[str, str, Emulator], **headers: str) -> httpx.AsyncClient:
    """An httpx client sending what the vendor's clients send: /api/v1, Bearer."""
    url, token, _ = base
    return httpx.AsyncClient(
        base_url=url + "/api/v1", headers={"authorization": f"Bearer {token}", **headers}
    )


async def test_vendor_auth_both_schemes_and_401_before_404(emulator_url: Any) -> None:
    async with vendor(emulator_url) as client:
        assert (await client.get("/bot/list")).status_code == 200
        token = emulator_url[1]
        assert (
            await client.get("/bot/list", headers={"authorization": f"Token {token}"})
        ).status_code == 200
        unknown = await client.get("/no/such/path", headers={"authorization": "Bearer wrong"})
        assert (unknown.status_code, unknown.json()["code"]) == (401, "NOT_AUTHENTICATED")
        assert (await client.get("/no/such/path")).status_code == 404
    async with httpx.AsyncClient(base_url=emulator_url[0] + "/v1") as plain:  # /v1 still served
        response = await plain.get("/bot/list", headers={"authorization": f"Bearer {token}"})
        assert response.status_code == 200


async def test_vendor_runas_spellings_email_conflict_and_unknown(emulator_url: Any) -> None:
    async with vendor(emulator_url) as client:
        kid = (
            await client.post("/partner/user/create", json={"name": "k", "email": "k@example.com"})
        ).json()["id"]
        other = (
            await client.post("/partner/user/create", json={"name": "o", "email": "o@example.com"})
        ).json()["id"]
        for header, value in (
            ("x-runas-user-id", kid),
            ("x-runas-userid", kid),
            ("x-runas-child-user-email", "K@example.com"),
        ):
            made = await client.post("/bot/create", json={"name": header}, headers={header: value})
            assert made.status_code == 200, made.text
        listed = (await client.get("/bot/list", headers={"x-runas-user-id": kid})).json()["items"]
        assert sorted(b["name"] for b in listed) == sorted(
            ["x-runas-user-id", "x-runas-userid", "x-runas-child-user-email"]
        )
        assert (await client.get("/bot/list")).json()["items"] == []  # not the partner's
        same = await client.get(
            "/bot/list",
            headers={"x-runas-user-id": kid, "x-runas-child-user-email": "k@example.com"},
        )
        assert same.status_code == 200
        clash = await client.get(
            "/bot/list",
            headers={"x-runas-user-id": kid, "x-runas-child-user-email": "o@example.com"},
        )
        assert (clash.status_code, clash.json()["code"]) == (400, "BAD_REQUEST")
        clash = await client.get(
            "/bot/list", headers={"x-runas-user-id": kid, "x-runas-userid": other}
        )
        assert clash.status_code == 400
        for header, value in (
            ("x-runas-user-id", "nobody"),
            ("x-runas-child-user-email", "no@example.com"),
        ):
            unknown = await client.get("/bot/list", headers={header: value})
            assert (unknown.status_code, unknown.json()["code"]) == (401, "NOT_AUTHORIZED")


async def test_vendor_meta_filters_both_forms_and_no_order(emulator_url: Any) -> None:
    async with vendor(emulator_url) as client:
        for app in ("x", "y", "x"):
            await client.post("/contact/create", json={"name": app, "meta": {"app": app}})
        dotted = (await client.get("/contact/list", params={"meta.app": "x"})).json()["items"]
        bracket = (await client.get("/contact/list", params={"meta[app]": "x"})).json()["items"]
        assert [c["name"] for c in dotted] == ["x", "x"] and dotted == bracket
        everything = (await client.get("/contact/list")).json()["items"]  # no order: desc
        assert len(everything) == 3 and everything[0]["createdAt"] >= everything[-1]["createdAt"]


async def test_vendor_two_step_upload_then_download_in_three_forms(emulator_url: Any) -> None:
    async with vendor(emulator_url) as client:
        file_id = (await client.post("/file/create", json={"name": "a.txt"})).json()["id"]
        empty = await client.get(f"/file/{file_id}/download", headers={"accept": "*/*"})
        assert empty.status_code == 204
        step1 = await client.post(
            f"/file/{file_id}/upload",
            json={"file": {"type": "text/plain", "size": 5, "name": "a.txt"}},
        )
        target = step1.json()["uploadRequest"]
        assert target["url"].startswith(emulator_url[0] + "/")
        async with httpx.AsyncClient() as storage:  # step 2: no Authorization at all
            short = await storage.request(
                target["method"], target["url"], content=b"hell", headers=target["headers"]
            )
            assert (short.status_code, short.json()["code"]) == (400, "BAD_REQUEST")
            stored = await storage.request(
                target["method"], target["url"], content=b"hello", headers=target["headers"]
            )
            assert stored.status_code == 200
            as_bytes = await client.get(f"/file/{file_id}/download", headers={"accept": "*/*"})
            assert as_bytes.content == b"hello"
            redirect = await client.get(
                f"/file/{file_id}/download",
                headers={"accept": "*/*", "x-emulator-download": "redirect"},
            )
            assert redirect.status_code == 302
            assert (await storage.get(redirect.headers["location"])).content == b"hello"
            pointer = await client.get(
                f"/file/{file_id}/download", headers={"accept": "*/*", "x-emulator-download": "url"}
            )
            assert (await storage.get(pointer.json()["url"])).content == b"hello"


async def test_vendor_dataset_search_ranks_by_shared_words(emulator_url: Any) -> None:
    async with vendor(emulator_url) as client:
        dataset = (await client.post("/dataset/create", json={"name": "d"})).json()["id"]
        for text in ("the cat sat", "a dog barked", "the cat and the dog", "nothing here"):
            await client.post(f"/dataset/{dataset}/record/create", json={"text": text})
        found = (await client.post(f"/dataset/{dataset}/search", json={"search": "cat dog"})).json()
    assert [r["text"] for r in found["records"]] == [
        "the cat and the dog",
        "the cat sat",
        "a dog barked",
    ]
    assert [r["score"] for r in found["records"]] == [1.0, 0.5, 0.5]


# --------------------------------------------------------------- SDK -> emulator, end to end


async def test_sdk_uploads_and_downloads_through_the_emulator(
    emulator_url: Any, tmp_path: Any
) -> None:
    url, token, emu = emulator_url
    path = tmp_path / "notes.md"
    path.write_bytes(b"# notes\n" * 1000)
    async with AsyncChatBotKit(token=token, base_url=url + "/api/v1") as cbk:
        file = await cbk.file.create(name="notes")
        await cbk.file.upload(file.id, path)
        for form in ("bytes", "redirect", "url"):
            got = await cbk.file.download(file.id, extra_headers={"X-Emulator-Download": form})
            assert got == path.read_bytes()
            async with cbk.file.download.stream(
                file.id, extra_headers={"X-Emulator-Download": form}
            ) as stream:
                assert b"".join([chunk async for chunk in stream]) == path.read_bytes()
        space = await cbk.space.create(name="s")  # the other upload operations: two steps too
        await cbk.space.storage.upload(space.id, "docs/a.txt", b"in the space")
        assert await cbk.space.storage.download(space.id, "docs/a.txt") == b"in the space"
        convo = await cbk.conversation.create()
        attachment = await cbk.conversation.attachment.upload(
            convo.id, b"attached", filename="a.txt"
        )
        key = ("root", "conversation.attachment", convo.id, attachment.id)
        assert emu.state.files.blobs[key].content == b"attached"
        data = await cbk.file.create(name="data")  # a JSON file is its bytes, not a pointer
        await cbk.file.upload(data.id, b'{"url": 1, "rows": []}', filename="data.json")
        assert await cbk.file.download(data.id) == b'{"url": 1, "rows": []}'
