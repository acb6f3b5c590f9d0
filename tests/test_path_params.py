"""Path parameters: a bad value is refused before sending; an odd string is escaped, not parsed.

Walks every operation of the registry (issue 19, item 1): ``..`` would escape its path segment
(httpx removes dot segments), ``None``/bytes/numbers would be sent as their ``str()``.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import chatbotkit
from chatbotkit.resources.registry import OPERATIONS
from tests.test_namespaces import TOKEN, _required_kwargs, _resolve

BAD_VALUES: list[object] = [None, "", ".", "..", b"x", 5]
ODD = "a/b?c#d%e .."


def _call(target: Any, op_id: str, args: list[Any]) -> Callable[[], Any]:
    """A thunk that runs the operation ``op_id`` with positional ``args`` and minimal kwargs."""
    if not callable(target):  # JSONL-only operations (subscriptions)
        return lambda: target.stream(*args, **_required_kwargs(target.stream))
    fn = target if inspect.ismethod(target) else target.__call__
    if any(p.kind is p.VAR_KEYWORD for p in inspect.signature(fn).parameters.values()):
        owner = target.__self__ if inspect.ismethod(target) else target
        impl = f"_{re.sub(r'(?<!^)(?=[A-Z])', '_', op_id).lower()}_call"
        return lambda: target(*args, **_required_kwargs(getattr(owner, impl)))
    if "file" in inspect.signature(fn).parameters:  # uploads: a URL is one request
        args = [*args, "https://example.com/a.txt"]
    return lambda: target(*args, **_required_kwargs(fn))


async def _run(thunk: Callable[[], Any]) -> None:
    result = thunk()
    if inspect.isawaitable(result):
        await result
    elif hasattr(result, "__aenter__"):  # a stream: opening it sends the request
        async with result as events:
            _ = [event async for event in events]


async def test_every_path_parameter_refuses_bad_values_before_sending() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    refused = 0
    async with chatbotkit.AsyncChatBotKit(
        token=TOKEN, transport=httpx.MockTransport(handler), max_retries=0
    ) as cbk:
        for op_id, (attr, _, path) in sorted(OPERATIONS.items()):
            names = re.findall(r"{(\w+)}", path)
            target = _resolve(cbk, attr)
            for index, name in enumerate(names):
                for bad in BAD_VALUES:
                    if bad is None and index == 0 and _is_instance_or_collection(op_id):
                        continue  # no id selects the collection operation of the pair
                    args: list[Any] = ["p1"] * len(names)
                    args[index] = bad
                    with pytest.raises(chatbotkit.InvalidParameterError) as caught:
                        await _run(_call(target, op_id, args))
                    assert caught.value.parameter == name, op_id
                    assert repr(name) in str(caught.value)
                    assert isinstance(caught.value, ValueError)
                    refused += 1
    assert sent == []
    assert refused > 1500  # every path parameter of every operation, six values each


def _is_instance_or_collection(op_id: str) -> bool:
    """An instance/collection pair shares one method (``conversation.complete``)."""
    attr = OPERATIONS[op_id][0]
    return sum(1 for other, _, _ in OPERATIONS.values() if other == attr) == 2


async def test_every_path_parameter_is_escaped_into_one_segment() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    escaped = "a%2Fb%3Fc%23d%25e%20.."
    async with chatbotkit.AsyncChatBotKit(
        token=TOKEN, transport=httpx.MockTransport(handler), max_retries=0
    ) as cbk:
        for op_id, (attr, method, path) in sorted(OPERATIONS.items()):
            count = path.count("{")
            if not count:
                continue
            before = len(sent)
            await _run(_call(_resolve(cbk, attr), op_id, [ODD] * count))
            assert len(sent) == before + 1, op_id
            request = sent[-1]
            expected = "/v1" + re.sub(r"{\w+}", escaped, path)
            assert request.url.raw_path.decode().split("?")[0] == expected, op_id
            assert request.method == method
            assert request.url.fragment == ""
            assert "c" not in dict(request.url.params), op_id  # "?c" stayed in the segment
