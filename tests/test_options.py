"""Client options: auth, headers, environment defaults, timeouts, the frozen options value and derived clients."""

from __future__ import annotations

import json
import pickle

import attrs
import httpx
import pytest

from chatbotkit import AsyncChatBotKit, ConfigurationError
from tests._mock import TOKEN, client, recorder


async def test_default_headers_token_timezone_user_agent() -> None:
    seen, handler = recorder()
    async with client(handler, timezone="Europe/Paris", default_headers={"X-App": "a"}) as cbk:
        await cbk.bot.fetch("b1")
    headers = seen[0].headers
    assert headers["authorization"] == f"Bearer {TOKEN}"
    assert headers["x-timezone"] == "Europe/Paris"
    assert headers["x-app"] == "a"
    assert headers["accept"] == "application/json"
    assert headers["user-agent"].startswith("chatbotkit-async/")


async def test_own_headers_are_the_same_with_or_without_caller_headers() -> None:
    """Without caller headers the SDK sets its own on the built request (cheaper than
    httpx's merge): the same names and values as when they go through the merge."""
    seen, handler = recorder()
    lent = httpx.AsyncClient(
        transport=httpx.MockTransport(handler),
        headers={"Accept": "text/html", "user-agent": "theirs", "X-Theirs": "kept"},
    )
    cbk = AsyncChatBotKit(token=TOKEN, http_client=lent, timezone="Europe/Paris")
    async with lent, cbk.run_as("usr_1"):
        await cbk.bot.fetch("b1")
        await cbk.bot.fetch("b1", extra_headers={"X-Extra": "1"})
    plain, merged = ({k: v for k, v in r.headers.multi_items()} for r in seen)
    assert len(seen[0].headers.multi_items()) == len(plain)  # no header twice
    assert merged.pop("x-extra") == "1"
    assert plain == merged
    assert plain["accept"] == "application/json"
    assert plain["user-agent"].startswith("chatbotkit-async/")
    assert plain["authorization"] == f"Bearer {TOKEN}"
    assert plain["x-theirs"] == "kept"
    assert plain["x-timezone"] == "Europe/Paris"
    assert plain["x-runas-user-id"] == "usr_1"
    assert str(seen[0].url) == "https://api.chatbotkit.com/v1/bot/b1/fetch"


async def test_token_scheme_and_per_call_options() -> None:
    seen, handler = recorder()
    async with client(handler, auth_scheme="Token") as cbk:
        await cbk.bot.create(
            name="n", extra_headers={"X-Req": "1"}, extra_query={"q": "v"}, extra_body={"z": 1}
        )
    request = seen[0]
    assert request.headers["authorization"] == f"Token {TOKEN}"
    assert request.headers["x-req"] == "1"
    assert request.url.params["q"] == "v"
    assert json.loads(request.content) == {"name": "n", "z": 1}


def test_env_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHATBOTKIT_API_TOKEN", raising=False)
    monkeypatch.setenv("CHATBOTKIT_API_SECRET", "from_secret")
    monkeypatch.setenv("CHATBOTKIT_API_BASE_URL", "http://127.0.0.1:9/v1/")
    cbk = AsyncChatBotKit()
    assert cbk.base_url == "http://127.0.0.1:9/v1"
    assert cbk._options.authorization == "Bearer from_secret"
    monkeypatch.setenv("CHATBOTKIT_API_TOKEN", "from_token")
    assert AsyncChatBotKit()._options.authorization == "Bearer from_token"


def test_missing_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHATBOTKIT_API_TOKEN", raising=False)
    monkeypatch.delenv("CHATBOTKIT_API_SECRET", raising=False)
    with pytest.raises(ConfigurationError, match="CHATBOTKIT_API_TOKEN"):
        AsyncChatBotKit()


def test_bad_options() -> None:
    with pytest.raises(ConfigurationError):
        AsyncChatBotKit(token="t", timeout=httpx.Timeout(None))
    with pytest.raises(ConfigurationError):
        AsyncChatBotKit(token="bad token\n")


def test_default_timeout_and_limits_are_bounded() -> None:
    cbk = AsyncChatBotKit(token="t")
    assert cbk.timeout.connect == 5.0 and cbk.timeout.read == 600.0
    assert None not in (cbk.timeout.write, cbk.timeout.pool)


async def test_with_options_shares_the_pool() -> None:
    seen, handler = recorder()
    cbk = client(handler)
    fast = cbk.with_options(timeout=1.5, max_retries=0, default_headers={"X-B": "b"})
    assert fast.http_client is cbk.http_client
    assert fast.retry_policy.max_retries == 0 and cbk.retry_policy.max_retries == 2
    await cbk.bot.fetch("a")
    await fast.bot.fetch("b")
    assert [r.url.path for r in seen] == ["/v1/bot/a/fetch", "/v1/bot/b/fetch"]
    assert "x-b" not in seen[0].headers and seen[1].headers["x-b"] == "b"
    assert seen[1].extensions["timeout"]["read"] == 1.5
    await fast.close()
    assert not cbk.http_client.is_closed
    await cbk.close()
    assert cbk.http_client.is_closed


async def test_caller_owned_http_client_is_not_closed() -> None:
    _, handler = recorder()
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with AsyncChatBotKit(token="t", http_client=http) as cbk:
        await cbk.bot.fetch("a")
    assert not http.is_closed
    await http.aclose()


def test_repr_hides_token() -> None:
    cbk = AsyncChatBotKit(token=TOKEN)
    assert TOKEN not in repr(cbk) and "api.chatbotkit.com" in repr(cbk)


def test_http2_requires_h2(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "h2", None)
    with pytest.raises(ConfigurationError, match="h2"):
        AsyncChatBotKit(token="t", http2=True)


# -- one frozen options value, one path for derived clients


async def test_options_are_one_frozen_value_without_the_token_in_its_repr() -> None:
    cbk = AsyncChatBotKit(token=TOKEN, timezone="UTC", default_headers={"X-A": "a"})
    options = cbk._options
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        options.timezone = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        options.default_headers["X-A"] = "b"  # type: ignore[index]
    assert TOKEN not in repr(options) and "UTC" in repr(options)
    assert not hasattr(options, "__dict__")  # slots
    with pytest.raises(TypeError, match="never pickled"):
        pickle.dumps(options)
    await cbk.close()


async def test_with_options_as_user_and_partner_client_derive_the_same_way() -> None:
    seen, handler = recorder(
        lambda request: httpx.Response(
            200, json={"token": "tok_child_0123456789"} if "token" in request.url.path else {}
        )
    )
    async with client(handler, timezone="UTC") as cbk:
        fast = cbk.with_options(timeout=2, max_retries=0, default_headers={"X-A": "a"})
        sub = fast.as_user("child")
        child = await sub.partner_client_for("child")
        for derived in (fast, sub, child):
            assert derived.http_client is cbk.http_client
            assert derived.timeout == httpx.Timeout(2) and derived.retry_policy.max_retries == 0
            assert derived.timezone == "UTC" and derived.default_headers == {"X-A": "a"}
        assert cbk._options.retry_policy.max_retries == 2 and cbk.default_headers == {}
        await sub.bot.fetch("b")
        await child.bot.fetch("b")
        await child.close()  # a derived client never closes the shared pool
        assert not cbk.http_client.is_closed
    *_, as_sub, as_child = seen
    assert as_sub.headers["x-runas-user-id"] == "child" and as_sub.headers["x-a"] == "a"
    assert "x-runas-user-id" not in as_child.headers
    assert as_child.headers["authorization"] == "Bearer tok_child_0123456789"
    assert as_sub.headers["authorization"] == f"Bearer {TOKEN}"


def test_options_repr_hides_userinfo_and_secret_default_headers() -> None:
    cbk = AsyncChatBotKit(
        token=TOKEN,
        base_url="https://user:pa55word@api.example.com/v1",
        default_headers={"X-RunAs-User-Id": "child-secret-id", "X-App": "shown"},
    )
    text = repr(cbk._options)
    assert "pa55word" not in text and "child-secret-id" not in text and TOKEN not in text
    assert "api.example.com" in text and "'X-App': 'shown'" in text
    pinned = cbk.as_user("child-secret-id")
    assert "child-secret-id" not in repr(pinned._options) + repr(cbk.run_as("child-secret-id"))
