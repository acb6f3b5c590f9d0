"""Bad arguments to the public API: only chatbotkit's own errors come out, naming the parameter.

A sweep: every public callable of ``chatbotkit.__all__`` (and the client's and agent's methods
that take plain arguments) is called with each argument in turn replaced by values of the wrong
type or out of range. Each call must either accept the value or raise a ``ChatBotKitError``;
a refusal (``InvalidParameterError``, ``ConfigurationError``) must name the parameter. No
builtin ``TypeError``/``ValueError``/``AttributeError`` from deep inside may escape.
"""

from __future__ import annotations

import asyncio
import inspect
import math
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import chatbotkit
from chatbotkit import (
    AsyncChatBotKit,
    ChatBotKit,
    ChatBotKitError,
    ConfigurationError,
    InvalidParameterError,
    InvalidParameterTypeError,
    RetryPolicy,
    Tool,
)

BAD: tuple[Any, ...] = (object(), "x", -1, math.nan, b"x", [1], {"a": 1})
"""A value of no expected type, a str where a number goes, negative, NaN, bytes, a list, a dict."""

# Public names the sweep does not call, and why.
NOT_SWEPT = {
    # Results and events the SDK builds; users read them and do not construct them.
    "AgentIteration": "an event value",
    "AgentOutcome": "an event value",
    "ToolCallStart": "an event value",
    "ToolCallEnd": "an event value",
    "ToolCallError": "an event value",
    "TaskOutcome": "a result value",
    "UnknownEvent": "an event value",
    "RawResponse": "a result value",
    "Unset": "the UNSET marker's type",
    # Made by the client; their public methods are swept through it below.
    "AgentRun": "made by cbk.agent",
    "AsyncByteStream": "made by a download",
    "AsyncEventStream": "made by op.stream()",
    "AsyncItemStream": "made by a list's .stream()",
    "AsyncPaginator": "made by op.list()",
    "BatchStream": "made by cbk.batch_stream()",
    "ByteStream": "made by a download",
    "EventStream": "made by op.stream()",
    "ItemStream": "made by a list's .stream()",
    "Paginator": "made by op.list()",
    "RunAs": "made by cbk.run_as()",
    "BatchProgress": "a counters value",
    "BatchResult": "a result value",
    "BatchResults": "a result value",
    "Batch": "the class batch() is; swept as batch",
    "batch_stream": "the same object as batch; swept as batch",
}


def _answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"id": "x", "items": [], "token": "t"})


def _transport() -> httpx.MockTransport:
    return httpx.MockTransport(_answer)


@pytest.fixture(scope="module")
def aclient() -> AsyncChatBotKit:
    return AsyncChatBotKit(token="t", transport=_transport())


@pytest.fixture(scope="module")
def client() -> Iterator[ChatBotKit]:
    with ChatBotKit(token="t", transport=_transport()) as cbk:
        yield cbk


def _run(value: Any) -> Any:
    """Drive what a call returned far enough for a lazy check to run."""
    if inspect.iscoroutine(value):
        return asyncio.run(value)
    if inspect.isasyncgen(value):
        return asyncio.run(value.aclose())
    if inspect.isawaitable(value):  # a batch: run it, for the checks made when it starts

        async def wait() -> Any:
            return await value

        return asyncio.run(wait())
    return value


def _fn(a: int, b: str = "q") -> int:
    """A tool."""
    return a


async def _async_fn(item: int) -> int:
    return item


async def _async_client_fn(client: AsyncChatBotKit, item: int) -> int:
    return item


def _params(fn: Callable[..., Any], *skip: str) -> list[str]:
    return [
        p.name
        for p in inspect.signature(fn).parameters.values()
        if p.kind not in (p.VAR_KEYWORD, p.VAR_POSITIONAL) and p.name not in ("self", *skip)
    ]


def _cases(
    a: AsyncChatBotKit, s: ChatBotKit
) -> dict[str, tuple[Callable[..., Any], dict[str, Any], list[str]]]:
    """label -> (call taking keywords, valid keywords, the parameters to sweep)."""
    stream = a.conversation.complete.stream("c", text="x")
    ctor = _params(AsyncChatBotKit.__init__)
    return {
        "AsyncChatBotKit": (AsyncChatBotKit, {"token": "t", "transport": _transport()}, ctor),
        "ChatBotKit": (ChatBotKit, {"token": "t", "transport": _transport()}, ctor),
        "AsyncChatBotKit.with_options": (a.with_options, {}, _params(a.with_options)),
        "ChatBotKit.with_options": (s.with_options, {}, _params(s.with_options)),
        "AsyncChatBotKit.as_user": (a.as_user, {"user_id": "u"}, ["user_id", "email"]),
        "AsyncChatBotKit.run_as": (a.run_as, {"user_id": "u"}, ["user_id", "email"]),
        "ChatBotKit.as_user": (s.as_user, {"user_id": "u"}, ["user_id"]),
        "ChatBotKit.partner_client_for": (s.partner_client_for, {"user_id": "u"}, ["user_id"]),
        "RetryPolicy": (RetryPolicy, {}, _params(RetryPolicy)),
        "tool": (lambda fn=_fn, **k: chatbotkit.tool(fn, **k), {}, _params(chatbotkit.tool)),
        "Tool": (
            lambda fn=_fn, **k: Tool(fn, **k),
            {"name": "f", "description": "d", "parameters": {"type": "object", "properties": {}}},
            _params(Tool, "_convert"),
        ),
        "Tool.static": (
            Tool.static,
            {"name": "f", "description": "d", "data": 1},
            _params(Tool.static),
        ),
        "Tool.convert_arguments": (
            chatbotkit.tool(_fn).convert_arguments,
            {"arguments": {"a": 1}},
            ["arguments"],
        ),
        "Tool.invoke": (chatbotkit.tool(_fn).invoke, {"arguments": {"a": 1}}, ["arguments"]),
        "to_dict": (chatbotkit.to_dict, {"value": {}}, ["value"]),
        "to_json": (chatbotkit.to_json, {"value": {}}, ["value", "indent"]),
        "to_datetime": (chatbotkit.to_datetime, {"value": 0}, ["value"]),
        "to_sse": (chatbotkit.to_sse, {"stream": stream}, ["stream", "keepalive"]),
        "to_jsonl": (chatbotkit.to_jsonl, {"stream": stream}, ["stream"]),
        "AsyncChatBotKit.agent.complete": (
            lambda conversation_id=None, **k: a.agent.complete(conversation_id, **k),
            {"messages": []},
            _params(a.agent.complete),
        ),
        "AsyncChatBotKit.agent.execute": (
            lambda conversation_id=None, **k: a.agent.execute(conversation_id, **k),
            {"messages": []},
            _params(a.agent.execute),
        ),
        "ChatBotKit.agent.execute": (
            lambda conversation_id=None, **k: s.agent.execute(conversation_id, **k),
            {"messages": []},
            _params(s.agent.execute),
        ),
        "AsyncChatBotKit.with_raw_response": (
            a.with_raw_response,
            {"method": a.bot.fetch},
            ["method"],
        ),
        "ChatBotKit.with_raw_response": (
            lambda method: s.with_raw_response(method)("b"),
            {"method": s.bot.fetch},
            ["method"],
        ),
        "AsyncPaginator.collect": (a.bot.list().collect, {}, ["limit"]),
        "Paginator.collect": (s.bot.list().collect, {}, ["limit"]),
        "ChatBotKit.batch": (s.batch, {"items": [1], "fn": lambda c, i: i}, ["items"]),
        "AdaptiveRateLimiter": (
            chatbotkit.AdaptiveRateLimiter,
            {},
            _params(chatbotkit.AdaptiveRateLimiter, "clock", "pause_on_retry_after"),
        ),
        "batch": (chatbotkit.batch, {"items": [1], "fn": _async_fn}, _params(chatbotkit.batch)),
        "AsyncChatBotKit.batch": (
            a.batch,
            {"items": [1], "fn": _async_client_fn},
            _params(a.batch),
        ),
        "ChatBotKit.batch_stream": (
            s.batch_stream,
            {"items": [1], "fn": lambda c, i: i},
            ["items"],
        ),
        "run_task": (
            lambda client=a, task_id="t", **k: chatbotkit.run_task(client, task_id, **k),
            {"timeout": 0.01},
            ["client", "task_id", "timeout", "on_event"],
        ),
        "follow_task": (
            lambda client=a, task_id="t", **k: chatbotkit.follow_task(client, task_id, **k),
            {"timeout": 0.01},
            ["client", "task_id", "timeout", "on_event", "history_length"],
        ),
        "ChatBotKit.run_task": (
            lambda task_id="t", **k: s.run_task(task_id, **k),
            {"timeout": 0.01},
            ["task_id", "timeout", "on_event"],
        ),
        "ChatBotKit.follow_task": (
            lambda task_id="t", **k: s.follow_task(task_id, **k),
            {"timeout": 0.01},
            ["task_id", "timeout", "on_event", "history_length"],
        ),
        "create_once": (
            chatbotkit.create_once,
            {"resource": a.bot, "key": "k"},
            ["resource", "key", "meta"],
        ),
        # Generated operations: path, enum, mapping, body and per-call options.
        "bot.list": (a.bot.list, {}, ["order", "meta"]),
        "bot.create": (a.bot.create, {}, ["name", "meta"]),
        "bot.fetch": (
            lambda bot_id="b", **k: a.bot.fetch(bot_id, **k),
            {},
            ["bot_id", "extra_headers", "extra_query", "extra_body", "timeout"],
        ),
        "file.upload": (
            lambda data=b"abc", **k: a.file.upload("f", data, **k),
            {},
            ["data", "filename", "content_type", "transfer"],
        ),
        "ChatBotKit bot.list": (s.bot.list, {}, ["order", "meta"]),
        "ChatBotKit bot.create": (s.bot.create, {}, ["name", "meta"]),
        "conversation.complete": (a.conversation.complete, {"messages": []}, ["messages"]),
        "conversation.complete.stream": (
            lambda **k: a.conversation.complete.stream("c", **k),
            {"text": "x"},
            ["auto_continue", "text"],
        ),
    }


SWEPT_NAMES = {
    "AdaptiveRateLimiter", "batch", "AsyncChatBotKit", "ChatBotKit", "RetryPolicy", "Tool", "tool", "to_dict", "to_json",
    "to_datetime", "to_sse", "to_jsonl", "run_task", "follow_task", "create_once",
}  # fmt: skip


def test_every_public_callable_is_swept_or_says_why_not() -> None:
    public = {
        name
        for name in chatbotkit.__all__
        if callable(getattr(chatbotkit, name))
        and not (
            isinstance(getattr(chatbotkit, name), type)
            and issubclass(getattr(chatbotkit, name), BaseException)
        )
    }
    assert public - SWEPT_NAMES - set(NOT_SWEPT) == set()
    assert SWEPT_NAMES <= public


def _plain(name: str) -> str:
    """A name as a path parameter's wire form would spell it too (``bot_id`` ~ ``'botId'``)."""
    return "".join(c for c in name if c.isalnum()).lower()


def _offence(
    label: str, parameter: str, value: Any, call: Callable[..., Any], base: dict[str, Any]
) -> str | None:
    """What is wrong with calling ``call`` with ``parameter=value``, or None."""
    try:
        _run(call(**{**base, parameter: value}))
    except (InvalidParameterError, ConfigurationError) as exc:
        named = {_plain(getattr(exc, "parameter", "") or ""), *map(_plain, str(exc).split())}
        if _plain(parameter) not in named and parameter not in str(exc):
            return f"{label}({parameter}={value!r}): {type(exc).__name__} not naming it: {exc}"
    except ChatBotKitError:
        pass  # accepted, then failed for another typed reason (the mock server's answers)
    except Exception as exc:
        return f"{label}({parameter}={value!r}): {type(exc).__name__}: {exc}"
    return None


def test_bad_arguments_raise_only_typed_errors_naming_the_parameter(
    aclient: AsyncChatBotKit, client: ChatBotKit, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a str accepted as a path (journal="x") writes there
    offences = [
        offence
        for label, (call, base, parameters) in _cases(aclient, client).items()
        for parameter in parameters
        for value in BAD
        if (offence := _offence(label, parameter, value, call, base)) is not None
    ]
    assert offences == []


def _agent() -> Any:
    return AsyncChatBotKit(token="t", transport=_transport()).agent


@pytest.mark.parametrize(
    ("call", "cls", "parameter"),
    [
        (lambda: chatbotkit.to_dict(object()), InvalidParameterTypeError, "value"),
        (lambda: chatbotkit.to_datetime("yesterday"), InvalidParameterError, "value"),
        (lambda: chatbotkit.tool(42), InvalidParameterTypeError, "fn"),  # type: ignore[call-overload]
        (lambda: Tool.static("f", "d", data=object()), InvalidParameterTypeError, "data"),
        (lambda: RetryPolicy(max_retries="3"), InvalidParameterTypeError, "max_retries"),  # type: ignore[arg-type]
        (lambda: RetryPolicy(jitter=2.0), InvalidParameterError, "jitter"),
        (lambda: AsyncChatBotKit(token="t", timeout="30"), InvalidParameterTypeError, "timeout"),  # type: ignore[arg-type]
        (lambda: _agent().execute(messages=[], bogus=1), InvalidParameterTypeError, "bogus"),
        (
            lambda: _agent().execute(messages=[], extensions="x"),
            InvalidParameterTypeError,
            "extensions",
        ),
    ],
)
def test_the_old_builtin_bases_still_catch_them(
    call: Callable[[], Any], cls: type, parameter: str
) -> None:
    """``except TypeError`` / ``except ValueError`` written against the builtins still works."""
    builtin = TypeError if issubclass(cls, TypeError) else ValueError
    with pytest.raises(builtin) as caught:
        call()
    assert type(caught.value) is cls or isinstance(caught.value, cls)
    assert caught.value.parameter == parameter  # type: ignore[attr-defined]


def test_a_secret_token_of_the_wrong_type_is_not_echoed() -> None:
    with pytest.raises(InvalidParameterTypeError) as caught:
        AsyncChatBotKit(token=b"sk-very-secret")  # type: ignore[arg-type]
    assert "very-secret" not in str(caught.value) and caught.value.parameter == "token"


def test_a_body_nested_past_the_recursion_limit_names_the_field(aclient: AsyncChatBotKit) -> None:
    deep: dict[str, Any] = {}
    for _ in range(100_000):
        deep = {"a": deep}
    with pytest.raises(InvalidParameterError, match="meta is nested too deeply") as caught:
        asyncio.run(aclient.bot.create(name="x", meta=deep))
    assert caught.value.parameter == "meta"
