"""The deterministic model's function calling (a completion whose request carries ``functions``).

Which functions: every one whose name, or a word of 7+ letters of its description, appears in
the last user text (in the request's order). Arguments: each parameter the text gives as
``name=value`` or ``name: value`` (typed by its schema when the text reads as that type),
and each other required one a typed default (a string: the text's longest word; a number:
its first number, else 0; ``false``, ``[]``, ``{}``, an enum's first value). One model step calls every function not yet answered in this turn (the messages after
the last user message), at most ``limits.calls`` in a turn:

- ``result.data``: used as it is; an ``activity`` response message is emitted;
- ``result.channel``: ``waitForChannelMessageBegin`` ``{channel, function: {name, args}}``
  for each, then each waits for a message published to its channel after that event
  (``function_timeout`` seconds, else an ``error`` event ends the stream), then
  ``waitForChannelMessageEnd`` and an ``activity`` response message;
- no ``result`` ("pure"): an ``activity`` request message each, and the reply ends with
  ``end.reason == "activity"``; the caller sends the results as ``activity`` responses.

When ``limits.iterations`` steps are used up first the reply ends with ``"iteration"``.
The final reply is the usual echo followed by "Tool results: name -> <json>; ..." so tests
can see what the model got. A stored conversation keeps every message it emits.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import anyio

from . import _model

if TYPE_CHECKING:
    from ._engine import Call, Engine, Event
    from ._store import Record

_WORD = re.compile(r"[A-Za-z0-9_]+")
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_POLL = 0.01


def select(functions: Sequence[Mapping[str, Any]], prompt: str) -> Sequence[Mapping[str, Any]]:
    """The functions the last user text asks for, in the request's order."""
    words = {w.lower() for w in _WORD.findall(prompt)}
    chosen = []
    for fn in functions:
        name = str(fn.get("name", ""))
        described = {
            w.lower() for w in _WORD.findall(str(fn.get("description", ""))) if len(w) >= 7
        }
        if name.lower() in words or described & words:
            chosen.append(fn)
    return chosen


def arguments(parameters: Any, prompt: str) -> dict[str, Any]:
    """Arguments: each required parameter (from the text, else a typed default), and each
    optional one the text gives as ``name=value``."""
    if not isinstance(parameters, Mapping):
        return {}
    properties = parameters.get("properties")
    properties = properties if isinstance(properties, Mapping) else {}
    required = list(parameters.get("required") or [])
    args: dict[str, Any] = {}
    for name in [*required, *(p for p in properties if p not in required)]:
        schema = properties.get(name)
        schema = schema if isinstance(schema, Mapping) else {}
        given = _given(name, schema, prompt)
        if given is not _ABSENT:
            args[name] = given
        elif name in required:
            args[name] = _default(schema, prompt)
    return args


_ABSENT = object()


def _kind(schema: Mapping[str, Any]) -> Any:
    kind = schema.get("type")
    return next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind


def _given(name: str, schema: Mapping[str, Any], prompt: str) -> Any:
    """``name=value`` or ``name: value`` in the text, typed by the schema when it reads so."""
    found = re.search(rf"(?i)\b{re.escape(name)}\s*[=:]\s*(\"[^\"]*\"|\S+)", prompt)
    if not found:
        return _ABSENT
    return _typed(found.group(1).strip('"').rstrip(".,;:?!)"), _kind(schema))


def _default(schema: Mapping[str, Any], prompt: str) -> Any:
    """A required parameter the text does not give: a typed default drawn from the text."""
    kind = _kind(schema)
    if schema.get("enum"):
        return schema["enum"][0]
    if kind in ("integer", "number"):
        found = _NUMBER.search(prompt)
        return _typed(found.group(0), kind) if found else 0
    if kind == "boolean":
        return False
    if kind == "array":
        return []
    if kind == "object":
        return {}
    words = _WORD.findall(prompt)
    return max(words, key=len) if words else ""


def _typed(raw: str, kind: Any) -> Any:
    """The text as the schema's type when it reads as one; else the text itself."""
    try:
        if kind == "integer":
            return int(raw)
        if kind == "number":
            return float(raw)
    except ValueError:
        return raw
    if kind == "boolean" and raw.lower() in ("true", "false"):
        return raw.lower() == "true"
    if kind in ("array", "object"):
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


def _answered(history: Sequence[Mapping[str, Any]]) -> tuple[str, dict[str, Any]]:
    """The last user text and the results already given in its turn, by function name."""
    start = max((i for i, m in enumerate(history) if m.get("type") == "user"), default=-1)
    prompt = str(history[start].get("text", "")) if start >= 0 else ""
    results: dict[str, Any] = {}
    for message in history[start + 1 :]:
        activity = (
            (message.get("meta") or {}).get("activity")
            if message.get("type") == "activity"
            else None
        )
        if isinstance(activity, Mapping) and activity.get("type") == "response":
            function = activity.get("function") or {}
            result = function.get("result")
            if isinstance(result, str):
                try:
                    result = json.loads(result)
                except ValueError:
                    pass
            results[str(function.get("name"))] = result
    return prompt, results


def _activity(kind: str, name: str, args: Any, result: Any = None) -> dict[str, Any]:
    function: dict[str, Any] = {"name": name, "arguments": args}
    if kind == "response":
        function["result"] = json.dumps(result, separators=(",", ":"))
    return {
        "type": "activity",
        "text": "",
        "meta": {"activity": {"type": kind, "function": function}},
    }


def _limit(limits: Any, key: str) -> float:
    value = limits.get(key) if isinstance(limits, Mapping) else None
    return (
        value
        if isinstance(value, int) and not isinstance(value, bool) and value > 0
        else float("inf")
    )


async def events(
    engine: Engine,
    call: Call,
    history: Sequence[Mapping[str, Any]],
    keep: Callable[[dict[str, Any]], str | None],
) -> AsyncIterator[Event]:
    """The events of one completion that may call functions (``keep`` stores a message and
    gives its id; None where nothing is stored)."""
    functions = [f for f in call.body.get("functions") or [] if isinstance(f, Mapping)]
    prompt, results = _answered(history)
    limits = call.body.get("limits")
    calls_left = _limit(limits, "calls") - len(results)
    pending = [f for f in select(functions, prompt) if str(f.get("name")) not in results]
    to_call = pending[: int(max(calls_left, 0))] if calls_left != float("inf") else pending

    def emit_message(message: dict[str, Any]) -> Event:
        keep(message)
        return {"type": "message", "data": message}

    if to_call:  # one model step
        waits: list[tuple[Mapping[str, Any], dict[str, Any], str, set[str]]] = []
        requested = False
        for fn in to_call:
            name = str(fn.get("name"))
            args = arguments(fn.get("parameters"), prompt)
            spec = fn.get("result")
            result: Mapping[str, Any] = spec if isinstance(spec, Mapping) else {}
            if "data" in result:
                results[name] = result["data"]
                yield emit_message(_activity("response", name, args, result["data"]))
            elif "channel" in result:
                channel = str(result["channel"])
                seen = set(call.store.bucket("channel.message", (channel,)))
                waits.append((fn, args, channel, seen))
                yield {
                    "type": "waitForChannelMessageBegin",
                    "data": {"channel": channel, "function": {"name": name, "args": args}},
                }
            else:
                requested = True
                yield emit_message(_activity("request", name, args))
        for fn, args, channel, seen in waits:
            name = str(fn.get("name"))
            message = await _published(engine, call, channel, seen)
            if message is None:
                yield {
                    "type": "error",
                    "data": {
                        "message": f"no message was published to channel {channel!r} for"
                        f" function {name!r} within {engine.config.function_timeout:g}s"
                    },
                }
                return
            outcome = message.get("data") if "data" in message else {"error": message.get("error")}
            results[name] = outcome
            yield {"type": "waitForChannelMessageEnd", "data": {"channel": channel}}
            yield emit_message(_activity("response", name, args, outcome))
        if requested:
            yield _result(engine.world.ids(), [], "activity", prompt)
            return
        if _limit(limits, "iterations") <= 1:
            yield _result(engine.world.ids(), [], "iteration", prompt)
            return
    text = "".join(_model.reply_tokens(prompt))
    if results:
        quoted = "; ".join(
            f"{name} -> {json.dumps(value, separators=(',', ':'), ensure_ascii=False)}"
            for name, value in results.items()
        )
        text = f"{text} Tool results: {quoted}"
    tokens = _model.tokenize(text)
    for token in tokens:
        yield {"type": "token", "data": {"token": token}}
    if engine.config.extra_events:
        used = {"inputTokensUsed": _model.count_tokens(prompt), "outputTokensUsed": len(tokens)}
        yield {"type": "usage", "data": {"model": _model.MODEL_NAME, **used}}
    reply = {"type": "bot", "text": "".join(tokens), "meta": {}}
    reply_id = keep(reply) or engine.world.ids()  # the result names the stored reply
    yield {"type": "message", "data": reply}
    yield _result(reply_id, tokens, "stop", prompt)


def _result(message_id: str, tokens: list[str], reason: str, prompt: str) -> Event:
    usage = _model.count_tokens(prompt) + len(tokens)
    data = {
        "id": message_id,
        "text": "".join(tokens),
        "usage": {"token": usage},
        "end": {"reason": reason},
    }
    return {"type": "result", "data": data}


async def _published(
    engine: Engine, call: Call, channel: str, seen: set[str]
) -> Mapping[str, Any] | None:
    """The first message published to ``channel`` after the wait began (consumed), or None."""
    with anyio.move_on_after(engine.config.function_timeout):
        while True:
            bucket = call.store.bucket("channel.message", (channel,))
            for record_id, record in list(bucket.items()):
                if record_id not in seen:
                    seen.add(record_id)
                    message = record.get("message")
                    return message if isinstance(message, Mapping) else {"data": message}
            await anyio.sleep(_POLL)
    return None


def stored(
    engine: Engine, call: Call, conversation: Record
) -> tuple[Sequence[Mapping[str, Any]], Callable[[dict[str, Any]], str]]:
    """A stored conversation's history (after adding ``text``) and a function to keep messages."""
    conversation_id = str(conversation["id"])
    store = call.store

    def keep(message: dict[str, Any]) -> str:
        record = engine._new_record(message)
        store.put("conversation.message", (conversation_id,), record)
        return str(record["id"])

    with store.lock:
        store.pending.pop(conversation_id, None)
        text = call.body.get("text")
        if isinstance(text, str):
            keep({"type": "user", "text": text})
        history = list(store.bucket("conversation.message", (conversation_id,)).values())
    return history, keep
