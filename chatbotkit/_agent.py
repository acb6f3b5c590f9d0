"""``cbk.agent``: completions whose function calls run Python tools, and the loop around them."""

# One :class:`AgentRun` owns a task group from ``__aenter__`` to ``__aexit__``. Its driver task
# opens each completion stream, starts a task per channel call as its
# ``waitForChannelMessageBegin`` arrives (the tool runs, then its result is published to the
# channel), runs the ``activity`` calls a reply ended with and sends their results back, and
# hands every event to the caller through a bounded memory stream. Leaving the block cancels
# the driver and the tools and closes the HTTP response.

from __future__ import annotations

import json
import math
import re
import secrets
import time
from collections.abc import Iterable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any

import anyio
import attrs
from anyio.abc import TaskGroup
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from . import _check as check
from ._agent_events import (
    AgentEvent,
    AgentIteration,
    AgentOutcome,
    ToolCallEnd,
    ToolCallError,
    ToolCallStart,
    event_type,
)
from ._exceptions import InvalidParameterError, InvalidParameterTypeError, UsageError
from ._runas import capture
from ._serialize import to_dict
from ._tools import Tool, ToolArgumentError, jsonable

if TYPE_CHECKING:
    from ._client import AsyncChatBotKit

__all__ = ["AgentNamespace", "AgentRun"]

_EXIT_NOTE = (
    "When the task is finished, or cannot be finished, call the `exit` function"
    " (code 0 on success, another code on failure)."
)


_UNKNOWN_KEYWORD = re.compile(r"unexpected keyword argument '(\w+)'")


@attrs.define
class _Failure:
    error: BaseException


@attrs.define
class _Turn:
    """What one completion said: its text and end reason, and the activity calls it asked for."""

    text: str = ""
    reason: str | None = None
    requests: list[dict[str, Any]] = attrs.field(factory=list)


class AgentRun:
    """One agent run: ``async with`` it, then ``async for event in run`` (or ``await final()``).

    Events: the API's completion events, plus :class:`AgentIteration`, :class:`ToolCallStart`,
    :class:`ToolCallEnd`, :class:`ToolCallError`, and last :class:`AgentOutcome` (also
    ``run.outcome``). An API failure (an ``error`` event, a dropped stream) is raised from
    the iteration after the run has stopped its tools. ``run.messages`` is the stateless
    history, live: append to it to inject a message before the next iteration.
    """

    def __init__(
        self,
        client: AsyncChatBotKit,
        conversation_id: str | None,
        *,
        messages: Sequence[Mapping[str, Any]] | None,
        text: str | None,
        tools: Iterable[Tool[..., Any]],
        max_iterations: int,
        exit_tool: bool,
        tool_timeout: float | None,
        request: dict[str, Any],
    ) -> None:
        if (conversation_id is None) == (messages is None):
            raise InvalidParameterTypeError(
                "pass messages=[...] (stateless) or a conversation_id, not both",
                parameter="messages",
            )
        if text is not None and conversation_id is None:
            raise InvalidParameterTypeError(
                "text= is for a stored conversation; add it to messages instead", parameter="text"
            )
        if conversation_id is not None:
            check.text(conversation_id, "conversation_id")
        if text is not None:
            check.text(text, "text")
        check.count(max_iterations, "max_iterations", minimum=1)
        check.seconds(tool_timeout, "tool_timeout")
        self._client = capture(client)  # every request of the run: the account in effect now
        self._conversation_id = conversation_id
        self.messages: list[dict[str, Any]] = _messages(messages)
        self._text = text
        self._max_iterations = max_iterations
        self._tool_timeout = tool_timeout
        self._request = request
        self._tools: dict[str, Tool[..., Any]] = {}
        if isinstance(tools, Tool) or not isinstance(tools, Iterable):
            raise check.wrong_type("tools", "a list of chatbotkit.tool objects", tools)
        for t in tools:
            if not isinstance(t, Tool):
                raise check.wrong_type("tools", "a list of chatbotkit.tool objects", t)
            if t.name in self._tools:
                raise InvalidParameterError(f"two tools are named {t.name!r}", parameter="tools")
            self._tools[t.name] = t
        self._exit: tuple[int, str | None] | None = None
        if exit_tool and "exit" not in self._tools:
            self._tools["exit"] = self._exit_tool()
            given = request.get("extensions") or {}
            if not (isinstance(given, Mapping) or hasattr(given, "to_dict")):
                raise check.wrong_type("extensions", "a mapping or a model", given)
            extensions = dict(to_dict(given))
            backstory = extensions.get("backstory")
            extensions["backstory"] = f"{backstory}\n\n{_EXIT_NOTE}" if backstory else _EXIT_NOTE
            request["extensions"] = extensions
        self._channels = {  # a fresh channel per tool and run (the API wants >= 16 chars)
            name: f"{name}_{secrets.token_hex(8)}"
            for name, t in self._tools.items()
            if t.mode == "channel" and not t.is_static
        }
        self._by_channel = {c: self._tools[n] for n, c in self._channels.items()}
        self._open(first=True)  # builds the first request (sends nothing): bad keywords fail now
        self._calls = 0
        self._tg: TaskGroup | None = None
        self._send: MemoryObjectSendStream[Any] | None = None
        self._receive: MemoryObjectReceiveStream[Any] | None = None
        self._fatal: BaseException | None = None
        self._finished = False
        self.outcome: AgentOutcome | None = None

    def _exit_tool(self) -> Tool[..., Any]:
        from ._tools import tool

        async def exit(code: int = 0, message: str | None = None) -> dict[str, Any]:
            """Finish the task: code 0 on success, non-zero on failure, with an optional message."""
            self._exit = (code, message)
            return {"success": True, "code": code}

        return tool(exit)

    # ------------------------------------------------------------------------ the protocol

    async def __aenter__(self) -> AgentRun:
        if self._tg is not None or self._finished:
            raise UsageError("an AgentRun runs once")
        self._send, self._receive = anyio.create_memory_object_stream[Any](16)
        tg = anyio.create_task_group()
        await tg.__aenter__()
        self._tg = tg
        tg.start_soon(self._drive)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        tg, self._tg = self._tg, None
        self._finished = True
        if tg is None:
            return
        tg.cancel_scope.cancel()
        try:
            await tg.__aexit__(None, None, None)
        finally:
            if self._receive is not None:
                self._receive.close()

    def __aiter__(self) -> AgentRun:
        return self

    async def __anext__(self) -> AgentEvent:
        if self._receive is None:
            raise UsageError("Iterate the run inside 'async with'")
        try:
            item = await self._receive.receive()
        except (anyio.EndOfStream, anyio.ClosedResourceError):
            raise StopAsyncIteration from None
        if isinstance(item, _Failure):
            self._receive.close()
            raise item.error
        if isinstance(item, AgentOutcome):
            self.outcome = item
        event: AgentEvent = item
        return event

    async def final(self) -> AgentOutcome:
        """Consume the rest of the run and return its :class:`AgentOutcome`."""
        async for _ in self:
            pass
        if self.outcome is None:
            raise UsageError("the run ended without an outcome")
        return self.outcome

    # ------------------------------------------------------------------------- the driver

    async def _emit(self, item: Any) -> None:
        assert self._send is not None
        await self._send.send(item)

    async def _drive(self) -> None:
        assert self._send is not None
        async with self._send:
            try:
                outcome = await self._loop()
            except Exception as exc:
                await self._send.send(_Failure(exc))
            else:
                await self._send.send(outcome)

    async def _loop(self) -> AgentOutcome:
        usage = [0.0, 0.0, 0.0]
        text, reason = "", None
        iteration = 0
        while iteration < self._max_iterations:
            iteration += 1
            await self._emit(AgentIteration(iteration))
            text, reason, requests = await self._complete(iteration == 1, usage)
            if requests:
                await self._answer_activities(requests)
            if self._exit is not None:
                code, message = self._exit
                return self._outcome(text, iteration, usage, code, message, reason)
            if reason in ("stop", "abort"):
                return self._outcome(text, iteration, usage, 0, None, reason)
            if reason == "error":  # completing again would repeat it
                message = "the completion ended with end.reason 'error'"
                return self._outcome(text, iteration, usage, 1, message, reason)
        message = f"did not finish within {self._max_iterations} iteration(s)"
        return self._outcome(text, iteration, usage, 1, message, reason)

    def _outcome(
        self,
        text: str,
        iterations: int,
        usage: list[float],
        code: int,
        message: str | None,
        reason: str | None,
    ) -> AgentOutcome:
        return AgentOutcome(
            text=text,
            iterations=iterations,
            calls=self._calls,
            usage=usage[0],
            input_tokens=usage[1],
            output_tokens=usage[2],
            exit_code=code,
            exit_message=message,
            end_reason=reason,
            messages=list(self.messages),
        )

    def _open(self, first: bool) -> Any:
        functions = [t.definition(self._channels.get(n)) for n, t in self._tools.items()]
        request = dict(self._request)
        if functions:
            request["functions"] = functions
        complete = self._client.conversation.complete
        if first and self._text is not None:
            request["text"] = self._text
        try:
            if self._conversation_id is None:
                return complete.stream(messages=list(self.messages), **request)
            return complete.stream(self._conversation_id, **request)
        except TypeError as exc:  # a keyword the operation does not take (through **request)
            unknown = _UNKNOWN_KEYWORD.search(str(exc))
            raise InvalidParameterTypeError(
                f"conversation.complete.stream takes no {unknown.group(1)!r} keyword"
                if unknown
                else str(exc),
                parameter=unknown.group(1) if unknown else "request",
            ) from None

    async def _complete(
        self, first: bool, usage: list[float]
    ) -> tuple[str, str | None, list[dict[str, Any]]]:
        """One completion: channel calls run as they arrive; activity requests are returned."""
        turn = _Turn()
        async with self._open(first) as events, anyio.create_task_group() as tg:
            try:
                async for event in events:
                    await self._on_event(event, tg, turn, usage)
            except Exception as exc:  # raised below, once the tools stopped (not as a group)
                self._fatal = self._fatal or exc
                tg.cancel_scope.cancel()
        if self._fatal is not None:
            raise self._fatal
        return turn.text, turn.reason, turn.requests

    async def _on_event(self, event: Any, tg: TaskGroup, turn: _Turn, usage: list[float]) -> None:
        kind = event_type(event)
        if kind == "waitForChannelMessageBegin":
            data = _data(event)
            channel = str(data.get("channel"))
            tool = self._by_channel.get(channel)
            if tool is not None:
                call = self._start(tool.name, _arguments(data.get("function")))
                await self._emit(call)
                tg.start_soon(self._channel_call, tg, tool, call, channel)
        elif kind == "message":
            data = _data(event)
            if self._conversation_id is None:
                self.messages.append(data)
            request = _activity(data, "request")
            if request is not None and self._runs_as_activity(request.get("name")):
                turn.requests.append(request)
        elif kind == "usage":
            data = _data(event)
            usage[1] += _number(data.get("inputTokensUsed"))
            usage[2] += _number(data.get("outputTokensUsed"))
        elif kind == "error":  # delivered as an event only with raise_on_error_event=False
            turn.reason = "error"
        elif kind == "result":
            data = _data(event)
            turn.text = str(data.get("text") or "")
            reason = _object(data.get("end")).get("reason")
            turn.reason = reason if isinstance(reason, str) else None
            usage[0] += _number(_object(data.get("usage")).get("token"))
        await self._emit(event)

    def _runs_as_activity(self, name: Any) -> bool:
        """Whether an activity request is ours to answer (any tool with a function, or an
        unknown name, answered with an error, so the model is never left waiting)."""
        tool = self._tools.get(str(name))
        return tool is None or not tool.is_static

    def _start(self, name: str, arguments: Any) -> ToolCallStart:
        self._calls += 1
        return ToolCallStart(name=name, arguments=arguments, call_id=self._calls)

    async def _run(
        self, tool: Tool[..., Any] | None, call: ToolCallStart
    ) -> ToolCallEnd | ToolCallError:
        """Call one tool: its result, or the error the model is told (never raised)."""
        started = time.perf_counter()

        def failed(error: str, kind: Any, exc: BaseException | None = None) -> ToolCallError:
            return ToolCallError(
                name=call.name,
                arguments=call.arguments,
                call_id=call.call_id,
                error=error,
                kind=kind,
                duration=time.perf_counter() - started,
                exception=exc,
            )

        if tool is None:
            return failed(f"no tool named {call.name!r}", "unknown")
        timeout = tool.timeout if tool.timeout is not None else self._tool_timeout
        try:
            with anyio.move_on_after(timeout if timeout is not None else math.inf) as scope:
                result = await tool.invoke(call.arguments)
        except ToolArgumentError as exc:
            return failed(f"invalid arguments: {exc}", "arguments", exc)
        except Exception as exc:
            return failed(str(exc) or type(exc).__name__, "raised", exc)
        if scope.cancelled_caught:
            return failed(f"timed out after {timeout:g}s", "timeout")
        return ToolCallEnd(
            name=call.name,
            arguments=call.arguments,
            call_id=call.call_id,
            result=result,
            duration=time.perf_counter() - started,
        )

    async def _channel_call(
        self, tg: TaskGroup, tool: Tool[..., Any], call: ToolCallStart, channel: str
    ) -> None:
        done = await self._run(tool, call)
        await self._emit(done)
        message = {"data": done.result} if isinstance(done, ToolCallEnd) else {"error": done.error}
        try:
            await self._client.channel.publish(channel, message=message)
        except Exception as exc:  # the completion cannot go on without it: end this run
            if self._fatal is None:
                self._fatal = exc
            tg.cancel_scope.cancel()

    async def _answer_activities(self, requests: list[dict[str, Any]]) -> None:
        """Run the activity calls a reply ended with (concurrently), then send the results."""
        calls = [self._start(str(r.get("name")), _arguments(r)) for r in requests]
        done: list[ToolCallEnd | ToolCallError | None] = [None] * len(calls)

        async def run(i: int, call: ToolCallStart) -> None:
            done[i] = await self._run(self._tools.get(call.name), call)
            await self._emit(done[i])

        async with anyio.create_task_group() as tg:
            for i, call in enumerate(calls):
                await self._emit(call)
                tg.start_soon(run, i, call)
        for request, outcome in zip(requests, done, strict=True):
            assert outcome is not None
            value = outcome.result if isinstance(outcome, ToolCallEnd) else {"error": outcome.error}
            meta: dict[str, Any] = {
                "activity": {
                    "type": "response",
                    "function": {
                        "name": request.get("name"),
                        "arguments": request.get("arguments", request.get("args")),
                        "result": _json_text(value),
                    },
                }
            }
            if self._conversation_id is None:
                self.messages.append({"type": "activity", "text": "", "meta": meta})
            else:
                await self._client.conversation.message.create(
                    self._conversation_id, type="activity", text="", meta=meta
                )


def _messages(messages: Sequence[Mapping[str, Any]] | None) -> list[dict[str, Any]]:
    """The stateless history as plain dicts (models become their wire form)."""
    if messages is None:
        return []
    if isinstance(messages, str | bytes | Mapping) or not isinstance(messages, Iterable):
        raise check.wrong_type("messages", "a list of messages", messages)
    history = []
    for message in messages:
        if not (isinstance(message, Mapping) or hasattr(message, "to_dict")):
            raise check.wrong_type("messages", "a list of message dicts or models", message)
        history.append(dict(to_dict(message)))
    return history


def _data(event: Any) -> dict[str, Any]:
    return _object(to_dict(event).get("data") if hasattr(event, "to_dict") else None)


def _object(value: Any) -> dict[str, Any]:
    """A JSON object of an event, or ``{}`` when it is missing or of another type (a malformed
    event is read as leaving the field out, never as a raw ``AttributeError``)."""
    return value if isinstance(value, dict) else {}


def _arguments(function: Any) -> Any:
    """A call's arguments: ``args`` (the vendor's clients read it) or ``arguments``; JSON
    text is decoded (as the vendor's Python client does), else kept as it came."""
    if not isinstance(function, Mapping):
        return {}
    arguments = function.get("args", function.get("arguments", {}))
    if isinstance(arguments, str):
        try:
            return json.loads(arguments)
        except (ValueError, RecursionError):  # the tool refuses it, named
            return arguments
    return arguments


def _with_limits(request: dict[str, Any], limits: Mapping[str, int] | None) -> dict[str, Any]:
    """``limits`` (``iterations``, ``calls``, ``continuations``: the server's own bounds per
    completion) sent with every completion of the run, as given."""
    checked = check.mapping_of(limits, "limits")
    if checked is not None:
        request["limits"] = dict(checked)
    return request


def _activity(message: Mapping[str, Any], kind: str) -> dict[str, Any] | None:
    if message.get("type") != "activity":
        return None
    activity = _object(message.get("meta")).get("activity")
    if not isinstance(activity, Mapping) or activity.get("type") != kind:
        return None
    function = activity.get("function")
    return dict(function) if isinstance(function, Mapping) else None


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _json_text(value: Any) -> str:
    return json.dumps(jsonable(value), ensure_ascii=False)


class AgentNamespace:
    """``cbk.agent``: tool-calling completions (``complete``) and loops (``execute``)."""

    def __init__(self, client: AsyncChatBotKit) -> None:
        self._client = client

    def complete(
        self,
        conversation_id: str | None = None,
        /,
        *,
        messages: Sequence[Mapping[str, Any]] | None = None,
        text: str | None = None,
        tools: Iterable[Tool[..., Any]] = (),
        tool_timeout: float | None = None,
        limits: Mapping[str, int] | None = None,
        **request: Any,
    ) -> AgentRun:
        """One completion whose tool calls run here: channel calls while it streams, activity
        calls after it ends (their results recorded for the next completion).

        Stateless with ``messages=[...]`` (``/conversation/complete``), or a stored
        conversation by id (``text=`` adds the user message). Other keywords (``bot_id``,
        ``model``, ``backstory``, ``extensions``, ``limits``, ``extra_headers``...) pass
        through to ``conversation.complete.stream``.
        """
        return self.execute(
            conversation_id,
            messages=messages,
            text=text,
            tools=tools,
            max_iterations=1,
            exit_tool=False,
            tool_timeout=tool_timeout,
            limits=limits,
            **request,
        )

    def execute(
        self,
        conversation_id: str | None = None,
        /,
        *,
        messages: Sequence[Mapping[str, Any]] | None = None,
        text: str | None = None,
        tools: Iterable[Tool[..., Any]] = (),
        max_iterations: int = 100,
        exit_tool: bool = True,
        tool_timeout: float | None = None,
        limits: Mapping[str, int] | None = None,
        **request: Any,
    ) -> AgentRun:
        """Complete again and again until the model ends plainly (``stop``/``abort``), calls
        the built-in ``exit`` tool, or ``max_iterations`` completions ran (exit code 1).

        Arguments as :meth:`complete`; ``exit_tool=False`` leaves the ``exit`` tool (and the
        note asking the model to call it) out.
        """
        return AgentRun(
            self._client,
            conversation_id,
            messages=messages,
            text=text,
            tools=tools,
            max_iterations=max_iterations,
            exit_tool=exit_tool,
            tool_timeout=tool_timeout,
            request=_with_limits(request, limits),
        )
