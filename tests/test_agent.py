"""``cbk.agent``: Python tools called by the emulator's model over loopback, in every mode."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import anyio
import pytest

import chatbotkit
from chatbotkit import (
    AgentIteration,
    AgentOutcome,
    AsyncChatBotKit,
    StreamEventError,
    ToolCallEnd,
    ToolCallError,
    ToolCallStart,
)
from chatbotkit._agent_events import event_type
from chatbotkit.emulator import Emulator, run_emulator_server
from tests.test_pagination import wait_for_no_open_streams


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    with run_emulator_server(Emulator(function_timeout=10.0)) as running:
        yield running


def loopback(server: Any) -> AsyncChatBotKit:
    return AsyncChatBotKit(token=server.token, base_url=server.base_url, max_retries=0)


def user(text: str) -> list[dict[str, Any]]:
    return [{"type": "user", "text": text}]


async def collect(run: chatbotkit.AgentRun) -> list[Any]:
    return [event async for event in run]


def of(events: list[Any], cls: type) -> list[Any]:
    return [e for e in events if isinstance(e, cls)]


@chatbotkit.tool
async def lookup(order_id: str) -> dict[str, str]:
    """Look up an order by its id."""
    return {"order": order_id, "status": "shipped"}


@chatbotkit.tool(mode="activity")
def weather(city: str, days: int = 1) -> str:
    """The forecast for a city."""
    return f"sunny in {city} for {days} day(s)"


# ------------------------------------------------------------------------------ each mode


async def test_channel_tool_runs_while_the_completion_waits(server: Any) -> None:
    async with loopback(server) as cbk:
        async with cbk.agent.execute(messages=user("lookup order_id=A17"), tools=[lookup]) as run:
            events = await collect(run)
    kinds = [event_type(e) for e in events]
    # the tool ran between the API's begin and end events, and before the reply
    assert kinds.index("toolCallStart") < kinds.index("toolCallEnd")
    assert kinds.index("waitForChannelMessageBegin") < kinds.index("toolCallEnd")
    assert kinds.index("toolCallEnd") < kinds.index("waitForChannelMessageEnd")
    (end,) = of(events, ToolCallEnd)
    assert (end.name, end.arguments, end.result) == (
        "lookup",
        {"order_id": "A17"},
        {"order": "A17", "status": "shipped"},
    )
    assert end.duration >= 0
    outcome = events[-1]
    assert isinstance(outcome, AgentOutcome) and run.outcome is outcome
    assert 'lookup -> {"order":"A17","status":"shipped"}' in outcome.text
    assert (outcome.exit_code, outcome.iterations, outcome.calls) == (0, 1, 1)
    assert outcome.end_reason == "stop" and outcome.usage > 0


async def test_activity_tool_answers_and_the_loop_completes_again(server: Any) -> None:
    async with loopback(server) as cbk:
        messages = user("what is the weather city=Oslo days=3")
        async with cbk.agent.execute(messages=messages, tools=[weather]) as run:
            events = await collect(run)
    assert [e.number for e in of(events, AgentIteration)] == [1, 2]
    (end,) = of(events, ToolCallEnd)
    assert end.arguments == {"city": "Oslo", "days": 3}
    outcome = run.outcome
    assert outcome is not None and outcome.iterations == 2 and outcome.exit_code == 0
    assert 'weather -> "sunny in Oslo for 3 day(s)"' in outcome.text
    # the history the SDK kept: the request, its response, the reply; the caller's list untouched
    types = [
        (m["type"], m.get("meta", {}).get("activity", {}).get("type")) for m in outcome.messages
    ]
    assert types == [
        ("user", None),
        ("activity", "request"),
        ("activity", "response"),
        ("bot", None),
    ]
    assert len(messages) == 1
    response = outcome.messages[2]["meta"]["activity"]["function"]
    assert json.loads(response["result"]) == "sunny in Oslo for 3 day(s)"


async def test_static_tool_is_used_by_the_api_without_a_call(server: Any) -> None:
    policy = chatbotkit.Tool.static("policy", "The refund policy", {"days": 30})
    async with loopback(server) as cbk:
        async with cbk.agent.execute(messages=user("what is the policy"), tools=[policy]) as run:
            events = await collect(run)
    assert of(events, ToolCallStart) == []
    assert 'policy -> {"days":30}' in events[-1].text
    with pytest.raises(TypeError):
        policy()


async def test_stored_conversation_with_both_kinds_of_tools(server: Any) -> None:
    async with loopback(server) as cbk:
        convo = await cbk.conversation.create()
        text = "lookup order_id=B2 and the weather city=Rome"
        async with cbk.agent.execute(convo.id, text=text, tools=[lookup, weather]) as run:
            outcome = await run.final()
        stored = [m async for m in cbk.conversation.message.list(convo.id)]
    assert outcome.exit_code == 0 and outcome.iterations == 2 and outcome.calls == 2
    assert 'lookup -> {"order":"B2","status":"shipped"}' in outcome.text
    assert 'weather -> "sunny in Rome for 1 day(s)"' in outcome.text
    assert outcome.messages == []  # the server keeps the history
    activity = [m for m in stored if chatbotkit.to_dict(m)["type"] == "activity"]
    assert len(activity) == 3  # lookup's response, weather's request and its response


async def test_complete_is_one_completion(server: Any) -> None:
    async with loopback(server) as cbk:
        async with cbk.agent.complete(messages=user("weather city=Lima"), tools=[weather]) as run:
            outcome = await run.final()
    # one completion; the activity call ran and its answer waits in the history
    assert outcome.iterations == 1 and outcome.end_reason == "activity"
    assert outcome.exit_code == 1 and outcome.calls == 1
    assert outcome.messages[-1]["meta"]["activity"]["type"] == "response"


# ------------------------------------------------------------------------- calls and errors


async def test_two_channel_tools_in_one_turn_run_concurrently(server: Any) -> None:
    ready = anyio.Event()

    @chatbotkit.tool
    async def first() -> str:
        """Waits for the second."""
        await ready.wait()  # deadlocks unless second runs at the same time
        return "one"

    @chatbotkit.tool
    async def second() -> str:
        """Releases the first."""
        ready.set()
        return "two"

    async with loopback(server) as cbk:
        with anyio.fail_after(10):
            async with cbk.agent.execute(
                messages=user("call first and second"), tools=[first, second]
            ) as run:
                events = await collect(run)
    assert sorted(e.result for e in of(events, ToolCallEnd)) == ["one", "two"]
    assert 'first -> "one"; second -> "two"' in events[-1].text


async def test_a_tool_that_raises_is_reported_and_the_loop_goes_on(server: Any) -> None:
    @chatbotkit.tool
    def broken(order_id: str) -> str:
        """Always fails."""
        raise RuntimeError(f"database down for {order_id}")

    async with loopback(server) as cbk:
        async with cbk.agent.execute(messages=user("broken order_id=X1"), tools=[broken]) as run:
            events = await collect(run)
    (error,) = of(events, ToolCallError)
    assert (error.kind, error.error) == ("raised", "database down for X1")
    assert isinstance(error.exception, RuntimeError)
    assert 'broken -> {"error":"database down for X1"}' in events[-1].text
    assert events[-1].exit_code == 0


async def test_a_tool_that_hangs_times_out(server: Any) -> None:
    cancelled = []

    @chatbotkit.tool(timeout=0.05)
    async def hang() -> str:
        """Never returns."""
        try:
            await anyio.sleep_forever()
        finally:
            cancelled.append(True)
        return "unreachable"

    async with loopback(server) as cbk:
        async with cbk.agent.execute(messages=user("hang please"), tools=[hang]) as run:
            events = await collect(run)
    (error,) = of(events, ToolCallError)
    assert error.kind == "timeout" and "timed out" in error.error
    assert cancelled == [True]
    assert 'hang -> {"error":"timed out' in events[-1].text


async def test_the_run_wide_tool_timeout_applies_to_tools_without_their_own(server: Any) -> None:
    @chatbotkit.tool
    async def stall() -> str:
        """Never returns."""
        await anyio.sleep_forever()
        return "unreachable"

    async with loopback(server) as cbk:
        async with cbk.agent.complete(
            messages=user("stall"), tools=[stall], tool_timeout=0.05
        ) as run:
            events = await collect(run)
    (error,) = of(events, ToolCallError)
    assert (error.kind, error.error) == ("timeout", "timed out after 0.05s")


async def test_arguments_that_fail_validation_go_back_to_the_model(server: Any) -> None:
    calls = []

    @chatbotkit.tool
    async def count(n: int) -> int:
        """Counts."""
        calls.append(n)
        return n

    async with loopback(server) as cbk:
        async with cbk.agent.execute(messages=user("count n=many"), tools=[count]) as run:
            events = await collect(run)
    (error,) = of(events, ToolCallError)
    assert error.kind == "arguments" and error.arguments == {"n": "many"}
    assert error.error == 'invalid arguments: n: expected an integer, got "many"'
    assert calls == []
    assert 'count -> {"error":"invalid arguments' in events[-1].text


async def test_the_exit_tool_ends_the_run_with_its_code(server: Any) -> None:
    async with loopback(server) as cbk:
        async with cbk.agent.execute(
            messages=user("lookup order_id=Z9 then exit code=3 message=failed"), tools=[lookup]
        ) as run:
            outcome = await run.final()
    assert (outcome.exit_code, outcome.exit_message) == (3, "failed")
    assert outcome.calls == 2


async def test_max_iterations_ends_the_run_with_code_1(server: Any) -> None:
    async with loopback(server) as cbk:
        async with cbk.agent.execute(
            messages=user("weather city=Bern"), tools=[weather], max_iterations=1
        ) as run:
            outcome = await run.final()
    assert (outcome.exit_code, outcome.iterations) == (1, 1)
    assert outcome.exit_message == "did not finish within 1 iteration(s)"


async def test_limits_pass_through(server: Any) -> None:
    async with loopback(server) as cbk:
        async with cbk.agent.execute(
            messages=user("lookup order_id=L1 and weather city=Nice"),
            tools=[lookup, weather],
            limits={"calls": 1},
        ) as run:
            one_call = await run.final()
        async with cbk.agent.execute(
            messages=user("lookup order_id=L2"), tools=[lookup], limits={"iterations": 1}
        ) as run:
            events = await collect(run)
    assert one_call.calls == 1 and "weather" not in one_call.text.split("Tool results:")[1]
    reasons = [
        chatbotkit.to_dict(e)["data"]["end"]["reason"] for e in events if event_type(e) == "result"
    ]
    assert reasons == ["iteration", "stop"]  # the server's step limit, then the loop goes on


async def test_a_function_the_run_does_not_know_gets_an_error_answer(server: Any) -> None:
    ghost = {
        "name": "ghost",
        "description": "?",
        "parameters": {"type": "object", "properties": {}},
    }
    async with loopback(server) as cbk:
        async with cbk.agent.execute(
            messages=user("ghost"), extra_body={"functions": [ghost]}, exit_tool=False
        ) as run:
            events = await collect(run)
    (error,) = of(events, ToolCallError)
    assert (error.name, error.kind) == ("ghost", "unknown")
    assert events[-1].exit_code == 0


# ---------------------------------------------------------- accounts and retries


async def test_a_run_stays_in_the_sub_account_it_was_made_in(server: Any) -> None:
    async with loopback(server) as cbk:
        child = (await cbk.partner.user.create(name="agent-child")).id
        async with cbk.as_user(child) as sub:
            convo = await sub.conversation.create()
            # the completion, the channel publish and the activity message all run as the child:
            # a publish to another account would leave the call waiting
            async with sub.agent.execute(
                convo.id, text="lookup order_id=S1 and weather city=Graz", tools=[lookup, weather]
            ) as run:
                outcome = await run.final()
        with cbk.run_as(child):
            later = cbk.agent.execute(messages=user("lookup order_id=S2"), tools=[lookup])
        async with later as run:  # made under run_as, used after it: still the child
            second = await run.final()
    assert outcome.exit_code == 0 and "S1" in outcome.text and "Graz" in outcome.text
    assert second.exit_code == 0 and "S2" in second.text
    # user, lookup's response, weather's request and response (sent by the SDK), the reply
    assert server.emulator.count("conversation.message", account=child) == 5
    assert server.emulator.count("channel.message", account=child) == 2  # both lookups


async def test_a_completion_is_never_replayed_after_its_first_event(spec_path: Any) -> None:
    emu = Emulator(
        spec=spec_path, faults=["stream_reset:route=completeConversation,after=1,count=1"]
    )
    calls: list[str] = []

    @chatbotkit.tool
    async def note(order_id: str) -> str:
        """Notes."""
        calls.append(order_id)
        return "noted"

    with run_emulator_server(emu) as srv:
        async with AsyncChatBotKit(token=srv.token, base_url=srv.base_url, max_retries=3) as cbk:
            with pytest.raises(chatbotkit.APIConnectionError):
                async with cbk.agent.execute(
                    messages=user("note order_id=R1 and more"), tools=[note]
                ) as run:
                    await run.final()
    assert calls == ["R1"]  # the tool ran once, before the stream broke
    assert emu.stats.by_route["completeConversation"] == 1, emu.stats.by_route


# --------------------------------------------------------------------- cancellation


async def _cancel_mid_tool(server: Any) -> list[str]:
    started = anyio.Event()
    seen: list[str] = []

    @chatbotkit.tool
    async def slow() -> str:
        """Slow work."""
        started.set()
        try:
            await anyio.sleep_forever()
        finally:
            seen.append("cancelled")
        return "never"

    async with loopback(server) as cbk:
        with anyio.CancelScope() as scope:
            async with cbk.agent.execute(messages=user("slow"), tools=[slow]) as run:
                async for event in run:
                    if isinstance(event, ToolCallStart):
                        await started.wait()
                        scope.cancel()
        assert scope.cancelled_caught
        await wait_for_no_open_streams(server.emulator)  # no stream nor request left open
    return seen


async def test_cancellation_on_asyncio_stops_the_tool_and_closes_the_stream(server: Any) -> None:
    before = len(asyncio.all_tasks())
    seen = await _cancel_mid_tool(server)
    assert seen == ["cancelled"]
    assert len(asyncio.all_tasks()) == before  # no task left behind
    await wait_for_no_open_streams(server.emulator)


def test_cancellation_on_trio_stops_the_tool_and_closes_the_stream(server: Any) -> None:
    seen = anyio.run(_cancel_mid_tool, server, backend="trio")
    assert seen == ["cancelled"]


async def test_break_closes_the_run(server: Any) -> None:
    async with loopback(server) as cbk:
        async with cbk.agent.execute(messages=user("lookup order_id=Q"), tools=[lookup]) as run:
            async for _ in run:
                break
        await wait_for_no_open_streams(server.emulator)


# --------------------------------------------------------------------- the emulator itself


@pytest.fixture(scope="module")
def impatient() -> Iterator[Any]:
    """An emulator that waits 50 ms for a channel function's result (and sends usage events)."""
    with run_emulator_server(Emulator(function_timeout=0.05, extra_events=True)) as running:
        yield running


def channel_function(name: str, channel: str) -> dict[str, Any]:
    """A channel function the SDK does not own: nobody publishes its result."""
    parameters = {"type": "object", "properties": {}}
    return {
        "name": name,
        "description": name,
        "parameters": parameters,
        "result": {"channel": channel},
    }


async def test_a_channel_call_nobody_answers_ends_in_an_error_event(impatient: Any) -> None:
    async with loopback(impatient) as cbk:
        fn = channel_function("lookup", "nobody_listens_here_0001")
        stream = cbk.conversation.complete.stream(
            messages=user("lookup"), functions=[fn], raise_on_error_event=False
        )
        async with stream as events:
            seen = [chatbotkit.to_dict(e) async for e in events]
    assert [e["type"] for e in seen] == ["waitForChannelMessageBegin", "error"]
    assert seen[0]["data"]["function"] == {"name": "lookup", "args": {}}
    assert "nobody_listens_here_0001" in seen[1]["data"]["message"]


async def test_the_emulator_model_is_deterministic(server: Any) -> None:
    async with loopback(server) as cbk:
        texts = []
        for _ in range(2):
            async with cbk.agent.execute(
                messages=user("weather city=Kyiv"), tools=[weather]
            ) as run:
                texts.append((await run.final()).text)
    assert texts[0] == texts[1]


async def test_an_error_event_delivered_as_an_event_ends_the_run(impatient: Any) -> None:
    stray = channel_function("stray", "stray_channel_00000002")
    async with loopback(impatient) as cbk:
        async with cbk.agent.execute(
            messages=user("stray"), extra_body={"functions": [stray]}, raise_on_error_event=False
        ) as run:
            events = await collect(run)
    assert [event_type(e) for e in events][-2:] == ["error", "outcome"]
    assert (events[-1].exit_code, events[-1].end_reason, events[-1].iterations) == (1, "error", 1)


async def test_usage_is_summed_over_the_completions(impatient: Any) -> None:
    async with loopback(impatient) as cbk:
        async with cbk.agent.execute(messages=user("weather city=Riga"), tools=[weather]) as run:
            events = await collect(run)
    results = [chatbotkit.to_dict(e)["data"] for e in events if event_type(e) == "result"]
    usage = [chatbotkit.to_dict(e)["data"] for e in events if event_type(e) == "usage"]
    outcome = events[-1]
    assert len(results) == 2 and len(usage) == 1  # the activity step, then the reply
    assert outcome.usage == sum(r["usage"]["token"] for r in results)
    assert outcome.input_tokens == usage[0]["inputTokensUsed"] == 2
    assert outcome.output_tokens == usage[0]["outputTokensUsed"] > 0


async def test_an_error_event_is_raised_from_the_run(impatient: Any) -> None:
    stray = channel_function("stray", "stray_channel_00000001")
    async with loopback(impatient) as cbk:
        with pytest.raises(StreamEventError, match="stray_channel_00000001"):
            async with cbk.agent.complete(
                messages=user("stray"), extra_body={"functions": [stray]}
            ) as run:
                await run.final()
        await wait_for_no_open_streams(impatient.emulator)


# ------------------------------------------------------------- the wire, as the API speaks it


class Wire:
    """A scripted API: one completion per request, each a list of JSONL lines; publishes
    recorded (and they release a line waiting for them)."""

    def __init__(self, *completions: list[Any]) -> None:
        self.completions = list(completions)
        self.requests: list[tuple[str, Any]] = []
        self.published = anyio.Event()
        self.publish_fails = False

    async def handle(self, request: Any) -> Any:
        import httpx

        body = json.loads(request.content or b"{}")
        self.requests.append((request.url.path, body))
        if request.url.path.endswith("/publish"):
            self.published.set()
            if self.publish_fails:
                return httpx.Response(
                    500, json={"message": "down", "code": "INTERNAL_SERVER_ERROR"}
                )
            return httpx.Response(200, json={"id": "ch"})
        lines = self.completions.pop(0)

        async def stream() -> Any:
            for line in lines:
                if line == "WAIT":
                    await self.published.wait()
                    continue
                value = line(body) if callable(line) else line
                yield (json.dumps(value) + "\n").encode()

        return httpx.Response(200, headers={"content-type": "application/jsonl"}, content=stream())


def wire_client(wire: Wire) -> AsyncChatBotKit:
    import httpx

    return AsyncChatBotKit(
        token="t",
        base_url="http://api.test/v1",
        transport=httpx.MockTransport(wire.handle),
        max_retries=0,
    )


def result(reason: str, text: str = "") -> dict[str, Any]:
    return {
        "type": "result",
        "data": {"text": text, "usage": {"token": 1}, "end": {"reason": reason}},
    }


def begin_call(name: str, args: Any) -> Any:
    """A ``waitForChannelMessageBegin`` for the channel the request gave function ``name``."""

    def line(body: dict[str, Any]) -> dict[str, Any]:
        (fn,) = [f for f in body["functions"] if f["name"] == name]
        function = {"name": name, "args": args}
        return {
            "type": "waitForChannelMessageBegin",
            "data": {"channel": fn["result"]["channel"], "function": function},
        }

    return line


async def test_the_vendor_wire_form_json_text_args_and_the_publish_body() -> None:
    wire = Wire(
        [
            begin_call("lookup", '{"order_id": "A1"}'),  # JSON text, as the vendor's client allows
            "WAIT",
            {"type": "waitForChannelMessageEnd", "data": {}},
            result("stop", "ok"),
        ]
    )
    async with wire_client(wire) as cbk:
        async with cbk.agent.complete(messages=user("x"), tools=[lookup]) as run:
            events = await collect(run)
    (start,) = of(events, ToolCallStart)
    assert start.arguments == {"order_id": "A1"}
    (sent, published) = wire.requests
    assert sent[0] == "/v1/conversation/complete"
    channel = sent[1]["functions"][0]["result"]["channel"]
    assert channel.startswith("lookup_") and len(channel) >= 16
    assert sent[1]["functions"] == [
        {
            "name": "lookup",
            "description": "Look up an order by its id.",
            "parameters": {
                "type": "object",
                "properties": {"order_id": {"type": "string"}},
                "required": ["order_id"],
                "additionalProperties": False,
            },
            "result": {"channel": channel},
        }
    ]
    assert published == (
        f"/v1/channel/{channel}/publish",
        {"message": {"data": {"order": "A1", "status": "shipped"}}},
    )
    assert events[-1].text == "ok"


async def test_a_reply_ended_by_error_ends_the_run() -> None:
    wire = Wire([result("error")])
    async with wire_client(wire) as cbk:
        async with cbk.agent.execute(messages=user("x")) as run:
            outcome = await run.final()
    assert (outcome.exit_code, outcome.end_reason, outcome.iterations) == (1, "error", 1)


async def test_a_result_that_cannot_be_published_fails_the_run() -> None:
    wire = Wire([begin_call("lookup", {"order_id": "P"}), "WAIT", result("stop")])
    wire.publish_fails = True
    async with wire_client(wire) as cbk:
        with pytest.raises(chatbotkit.InternalServerError):
            async with cbk.agent.complete(messages=user("x"), tools=[lookup]) as run:
                await run.final()


async def test_misuse_of_a_run_is_a_usage_error() -> None:
    async with AsyncChatBotKit(token="t", base_url="http://127.0.0.1:9/v1") as cbk:  # no request
        run = cbk.agent.execute(messages=user("Hi"))
        with pytest.raises(chatbotkit.UsageError, match="async with"):
            await anext(aiter(run))
        with pytest.raises(chatbotkit.InvalidParameterError, match="max_iterations"):
            cbk.agent.execute(messages=[], max_iterations=0)


async def test_malformed_fields_of_completion_events_are_read_as_absent() -> None:
    import httpx

    lines = [
        {"type": "message", "data": {"type": "activity", "text": "", "meta": "junk"}},
        {"type": "result", "data": {"text": "hi", "end": "stop", "usage": 5}},
    ]
    body = "".join(json.dumps(line) + "\n" for line in lines).encode()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, headers={"content-type": "application/jsonl"}, content=body
        )
    )
    async with AsyncChatBotKit(token="t", transport=transport, max_retries=0) as cbk:
        async with cbk.agent.complete(messages=user("hi")) as run:
            outcome = await run.final()
    assert (outcome.text, outcome.end_reason, outcome.usage, outcome.calls) == ("hi", None, 0.0, 0)
