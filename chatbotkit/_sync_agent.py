"""``ChatBotKit.agent``: the agent loop of ``chatbotkit._agent`` behind ``with`` and ``for``.

The run itself (completions, tool calls, its task group) lives on the client's loop: it is
entered and exited there in one task (``Loop.context``); events are read one at a time.
Tools are the same ``chatbotkit.tool`` objects; a plain ``def`` tool runs in a worker thread
and may itself use the blocking client.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._blocking import HeldOpen, SyncIterator

if TYPE_CHECKING:
    from ._agent import AgentNamespace, AgentRun
    from ._agent_events import AgentEvent, AgentOutcome
    from ._loop import Loop
    from ._tools import Tool

__all__ = ["SyncAgentNamespace", "SyncAgentRun"]


class SyncAgentRun(HeldOpen["AgentRun"]):
    """One agent run: ``with cbk.agent.execute(...) as run: for event in run`` (or ``final()``)."""

    __slots__ = ("_run",)

    def __init__(self, run: AgentRun, loop: Loop) -> None:
        super().__init__(loop)
        self._run = run

    def __enter__(self) -> SyncAgentRun:
        self._hold(self._run)
        return self

    def __iter__(self) -> Iterator[AgentEvent]:
        return SyncIterator(self._run, self._loop)

    def final(self) -> AgentOutcome:
        """Read the rest of the run and return its :class:`~chatbotkit.AgentOutcome`."""
        return self._loop.run(self._run.final)

    @property
    def outcome(self) -> AgentOutcome | None:
        """The outcome, once the run has delivered it."""
        return self._run.outcome

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The stateless history, live (see :class:`~chatbotkit.AgentRun`)."""
        return self._run.messages


class SyncAgentNamespace:
    """``cbk.agent`` of the blocking client: ``complete`` (one completion) and ``execute``."""

    __slots__ = ("_loop", "_target")

    def __init__(self, target: AgentNamespace, loop: Loop) -> None:
        self._target = target
        self._loop = loop

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
    ) -> SyncAgentRun:
        """One completion whose tool calls run here (see ``AsyncChatBotKit.agent.complete``)."""
        run = self._target.complete(
            conversation_id,
            messages=messages,
            text=text,
            tools=tools,
            tool_timeout=tool_timeout,
            limits=limits,
            **request,
        )
        return SyncAgentRun(run, self._loop)

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
    ) -> SyncAgentRun:
        """Complete until the model is done (see ``AsyncChatBotKit.agent.execute``)."""
        run = self._target.execute(
            conversation_id,
            messages=messages,
            text=text,
            tools=tools,
            max_iterations=max_iterations,
            exit_tool=exit_tool,
            tool_timeout=tool_timeout,
            limits=limits,
            **request,
        )
        return SyncAgentRun(run, self._loop)
