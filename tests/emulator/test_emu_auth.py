"""Authentication, session-scoped tokens and partner sub-accounts."""

from __future__ import annotations

import httpx
import pytest

from chatbotkit.emulator import Emulator


def _client(emu: Emulator, authorization: str | None = None, **headers: str) -> httpx.AsyncClient:
    if authorization is not None:
        headers["authorization"] = authorization
    return httpx.AsyncClient(transport=emu.transport(), base_url="http://emu/v1", headers=headers)


@pytest.mark.parametrize(
    "authorization", [None, "", "Token", "Token wrong", "Basic abc", "Bearer nope"]
)
async def test_missing_or_invalid_token_is_not_authenticated(
    emu: Emulator, authorization: str | None
) -> None:
    async with _client(emu, authorization) as client:
        response = await client.get("/bot/list")
    assert response.status_code == 401
    assert response.json()["code"] == "NOT_AUTHENTICATED"


@pytest.mark.parametrize("scheme", ["Token", "Bearer", "bearer"])
async def test_token_and_bearer_schemes(emu: Emulator, scheme: str) -> None:
    async with _client(emu, f"{scheme} {emu.token}") as client:
        assert (await client.get("/bot/list")).status_code == 200


async def test_configured_tokens(spec_path: object) -> None:
    emu = Emulator(spec=spec_path, tokens=("one", "two"))
    assert emu.token == "one"
    for token in ("one", "two"):
        async with _client(emu, f"Token {token}") as client:
            assert (await client.get("/bot/list")).status_code == 200


async def test_conversation_session_token_is_scoped(
    client: httpx.AsyncClient, emu: Emulator
) -> None:
    conv = (await client.post("/conversation/create", json={})).json()["id"]
    other = (await client.post("/conversation/create", json={})).json()["id"]
    session = (
        await client.post(f"/conversation/{conv}/session/create", json={"durationInSeconds": 60})
    ).json()
    assert set(session) >= {"id", "token", "expiresAt"}
    async with _client(emu, f"Token {session['token']}") as scoped:
        assert (
            await scoped.post(f"/conversation/{conv}/complete", json={"text": "hi"})
        ).status_code == 200
        assert (await scoped.get(f"/conversation/{conv}/message/list")).status_code == 200
        for response in (
            await scoped.get(f"/conversation/{other}/fetch"),
            await scoped.get("/bot/list"),
            await scoped.post("/bot/create", json={}),
        ):
            assert response.status_code == 401
            assert response.json()["code"] == "NOT_AUTHORIZED"
        # a scoped token cannot run as a sub-account either
        denied = await scoped.get(
            f"/conversation/{conv}/fetch", headers={"x-runas-userid": "anyone"}
        )
        assert denied.status_code == 401 and denied.json()["code"] == "NOT_AUTHORIZED"


async def test_bot_session_creates_a_conversation_it_can_use(
    client: httpx.AsyncClient, emu: Emulator
) -> None:
    bot = (await client.post("/bot/create", json={"name": "b"})).json()["id"]
    session = (await client.post(f"/bot/{bot}/session/create", json={})).json()
    conv = session["conversationId"]
    assert (await client.get(f"/conversation/{conv}/fetch")).json()["botId"] == bot
    async with _client(emu, f"Bearer {session['token']}") as scoped:
        assert (
            await scoped.post(f"/conversation/{conv}/complete", json={"text": "yo"})
        ).status_code == 200
        assert (await scoped.get(f"/bot/{bot}/fetch")).status_code == 200
        assert (await scoped.get("/conversation/list")).json()["code"] == "NOT_AUTHORIZED"


async def test_expired_session_is_not_authenticated(
    client: httpx.AsyncClient, emu: Emulator
) -> None:
    conv = (await client.post("/conversation/create", json={})).json()["id"]
    session = (
        await client.post(f"/conversation/{conv}/session/create", json={"durationInSeconds": 0.001})
    ).json()
    emu.state.tokens[session["token"]].expires_at = 0
    async with _client(emu, f"Token {session['token']}") as scoped:
        response = await scoped.get(f"/conversation/{conv}/fetch")
    assert response.status_code == 401 and response.json()["code"] == "NOT_AUTHENTICATED"


async def test_sub_accounts_are_isolated(client: httpx.AsyncClient, emu: Emulator) -> None:
    alice = (await client.post("/partner/user/create", json={"name": "alice"})).json()["id"]
    bob = (await client.post("/partner/user/create", json={"name": "bob"})).json()["id"]
    users = (await client.get("/partner/user/list", params={"order": "asc"})).json()["items"]
    assert [u["name"] for u in users] == ["alice", "bob"]

    as_alice = {"x-runas-userid": alice}
    as_bob = {"x-runas-userid": bob}
    a_bot = (await client.post("/bot/create", json={"name": "alice-bot"}, headers=as_alice)).json()[
        "id"
    ]
    b_bot = (await client.post("/bot/create", json={"name": "bob-bot"}, headers=as_bob)).json()[
        "id"
    ]
    await client.post("/bot/create", json={"name": "root-bot"})

    def names(page: httpx.Response) -> list[str]:
        return [b["name"] for b in page.json()["items"]]

    assert names(await client.get("/bot/list", headers=as_alice)) == ["alice-bot"]
    assert names(await client.get("/bot/list", headers=as_bob)) == ["bob-bot"]
    assert names(await client.get("/bot/list")) == ["root-bot"]
    # ids from one account are unknown in another
    assert (await client.get(f"/bot/{a_bot}/fetch", headers=as_bob)).status_code == 404
    assert (await client.get(f"/bot/{b_bot}/fetch")).status_code == 404
    assert (await client.post(f"/bot/{a_bot}/delete", json={}, headers=as_bob)).status_code == 404
    assert emu.count("bot", account=alice) == 1 and emu.count("bot", account=bob) == 1
    assert emu.count("bot") == 1

    unknown = await client.get("/bot/list", headers={"x-runas-userid": "nobody"})
    assert unknown.status_code == 401 and unknown.json()["code"] == "NOT_AUTHORIZED"

    # a token minted for a child acts as that child and has no partner rights
    minted = (await client.post(f"/partner/user/{alice}/token/create", json={"name": "k"})).json()
    assert set(minted) >= {"id", "token", "createdAt"}
    async with _client(emu, f"Token {minted['token']}") as child:
        assert names(await child.get("/bot/list")) == ["alice-bot"]
        for response in (
            await child.get("/bot/list", headers=as_bob),
            await child.get("/partner/user/list"),
        ):
            assert response.status_code == 401 and response.json()["code"] == "NOT_AUTHORIZED"
    tokens = (await client.get(f"/partner/user/{alice}/token/list")).json()["items"]
    assert [t["id"] for t in tokens] == [minted["id"]]
    assert all("token" not in t for t in tokens)

    # revoking the token, then deleting the user, ends access and the data
    await client.post(f"/partner/user/{alice}/token/{minted['id']}/delete", json={})
    async with _client(emu, f"Token {minted['token']}") as child:
        assert (await child.get("/bot/list")).json()["code"] == "NOT_AUTHENTICATED"
    await client.post(f"/partner/user/{alice}/delete", json={})
    assert (await client.get("/bot/list", headers=as_alice)).json()["code"] == "NOT_AUTHORIZED"
    with pytest.raises(KeyError):
        emu.count("bot", account=alice)


async def test_partner_session_token_acts_as_child(
    client: httpx.AsyncClient, emu: Emulator
) -> None:
    user = (await client.post("/partner/user/create", json={})).json()["id"]
    session = (
        await client.post(
            f"/partner/user/{user}/session/create", json={"config": {"allowedRoutes": ["/bot/*"]}}
        )
    ).json()
    async with _client(emu, f"Token {session['token']}") as child:
        assert (await child.post("/bot/create", json={"name": "c"})).status_code == 200
        denied = await child.get("/dataset/list")
        assert denied.status_code == 401 and denied.json()["code"] == "NOT_AUTHORIZED"
    assert emu.count("bot", account=user) == 1 and emu.count("bot") == 0
