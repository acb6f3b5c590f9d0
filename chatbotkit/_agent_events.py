"""The agent's own events (tool calls, iterations, the outcome) and the one event-type accessor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypeAlias

import attrs

if TYPE_CHECKING:
    from chatbotkit.models import (
        CompleteAbortEvent,
        CompleteCompleteBeginEvent,
        CompleteCompleteEndEvent,
        CompleteConversationResultEvent,
        CompleteErrorEvent,
        CompleteMessageEvent,
        CompleteReasoningTokenEvent,
        CompleteTokenEvent,
        CompleteUsageEvent,
        CompleteWaitForChannelMessageBeginEvent,
        CompleteWaitForChannelMessageEndEvent,
        ConversationCompleteResultEvent,
    )

    from ._streaming import UnknownEvent

__all__ = [
    "AgentEvent",
    "AgentIteration",
    "AgentOutcome",
    "ToolCallEnd",
    "ToolCallError",
    "ToolCallStart",
    "event_type",
]


@attrs.frozen
class ToolCallStart:
    """The model called a tool; its function starts now."""

    name: str
    arguments: Any
    call_id: int
    type: Literal["toolCallStart"] = "toolCallStart"


@attrs.frozen
class ToolCallEnd:
    """A tool returned ``result`` (JSON form) after ``duration`` seconds; the model gets it."""

    name: str
    arguments: Any
    call_id: int
    result: Any
    duration: float
    type: Literal["toolCallEnd"] = "toolCallEnd"


@attrs.frozen
class ToolCallError:
    """A tool call failed; ``error`` is what the model is told.

    ``kind``: ``"arguments"`` (they did not fit the parameters), ``"raised"`` (``exception``
    is what the function raised), ``"timeout"``, ``"unknown"`` (no such tool here).
    """

    name: str
    arguments: Any
    call_id: int
    error: str
    kind: Literal["arguments", "raised", "timeout", "unknown"]
    duration: float
    exception: BaseException | None = attrs.field(default=None, eq=False, repr=False)
    type: Literal["toolCallError"] = "toolCallError"


@attrs.frozen
class AgentIteration:
    """A completion (iteration ``number``, from 1) starts."""

    number: int
    type: Literal["iteration"] = "iteration"


@attrs.frozen
class AgentOutcome:
    """How a run ended: always the last event of a run that was not cancelled or failed.

    ``text`` is the last reply's text; ``exit_code`` 0 when the model ended (a plain end, or
    the ``exit`` tool with code 0), the ``exit`` tool's code, or 1 when ``max_iterations`` ran
    out (``exit_message`` says which). ``usage`` sums the completions' ``usage.token``;
    ``input_tokens``/``output_tokens`` sum their ``usage`` events. ``messages``: the stateless
    history as sent for a next turn (empty for a stored conversation).
    """

    text: str
    iterations: int
    calls: int
    usage: float
    input_tokens: float
    output_tokens: float
    exit_code: int
    exit_message: str | None
    end_reason: str | None
    messages: list[dict[str, Any]] = attrs.field(factory=list, repr=False)
    type: Literal["outcome"] = "outcome"


if TYPE_CHECKING:
    CompletionEvent: TypeAlias = (
        CompleteAbortEvent
        | CompleteCompleteBeginEvent
        | CompleteCompleteEndEvent
        | CompleteErrorEvent
        | CompleteMessageEvent
        | CompleteReasoningTokenEvent
        | CompleteConversationResultEvent
        | ConversationCompleteResultEvent
        | CompleteTokenEvent
        | CompleteUsageEvent
        | CompleteWaitForChannelMessageBeginEvent
        | CompleteWaitForChannelMessageEndEvent
        | UnknownEvent
    )
    AgentEvent: TypeAlias = (
        CompletionEvent
        | ToolCallStart
        | ToolCallEnd
        | ToolCallError
        | AgentIteration
        | AgentOutcome
    )
else:
    AgentEvent = Any


def event_type(event: Any) -> str | None:
    """An event's wire ``type`` (every event model, ours and the API's, has a ``type`` str)."""
    kind = getattr(event, "type", None)
    return kind if isinstance(kind, str) else None
