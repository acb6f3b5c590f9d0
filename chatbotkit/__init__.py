"""chatbotkit: async, fully typed Python SDK for the ChatBotKit API.

``import chatbotkit`` is cheap: the client, httpx and the generated code load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from chatbotkit_gen.types import UNSET, Unset

    from ._agent import AgentRun
    from ._agent_events import (
        AgentIteration,
        AgentOutcome,
        ToolCallEnd,
        ToolCallError,
        ToolCallStart,
    )
    from ._batch import (
        Batch,
        BatchError,
        BatchResult,
        BatchResults,
        ItemDeadlineError,
        UncertainItemError,
        batch,
        batch_stream,
    )
    from ._blocking import BatchStream, ByteStream, EventStream, ItemStream, Paginator
    from ._client import AsyncChatBotKit
    from ._exceptions import (
        APIConnectionError,
        APIError,
        APIStatusError,
        APITimeoutError,
        BadRequestError,
        ChatBotKitError,
        ConfigurationError,
        ConflictError,
        DownloadError,
        IncompleteStreamError,
        InternalServerError,
        InvalidParameterError,
        InvalidParameterTypeError,
        LimitsReachedError,
        MethodNotAllowedError,
        NoContentError,
        NoSubscriptionError,
        NotAuthenticatedError,
        NotAuthorizedError,
        NotFoundError,
        PaginationError,
        RateLimitError,
        RepeatedCursorError,
        StreamDecodeError,
        StreamError,
        StreamEventError,
        TaskTimeoutError,
        TooManyRequestsError,
        UploadError,
        UsageError,
    )
    from ._idempotent import create_once
    from ._journal import JournalError
    from ._loop import ClientClosedError, RunningLoopError
    from ._pagination import AsyncItemStream, AsyncPaginator
    from ._progress import BatchProgress
    from ._ratelimit import AdaptiveRateLimiter
    from ._response import RawResponse
    from ._restream import SSE_HEADERS, to_jsonl, to_sse
    from ._retry import RetryPolicy
    from ._runas import RunAs, RunAsScopeError
    from ._serialize import to_datetime, to_dict, to_json
    from ._streaming import AsyncByteStream, AsyncEventStream, UnknownEvent
    from ._sync_client import ChatBotKit
    from ._tasks import TaskOutcome, follow_task, run_task
    from ._tools import Tool, tool

__all__ = [
    "SSE_HEADERS",
    "UNSET",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AdaptiveRateLimiter",
    "AgentIteration",
    "AgentOutcome",
    "AgentRun",
    "AsyncByteStream",
    "AsyncChatBotKit",
    "AsyncEventStream",
    "AsyncItemStream",
    "AsyncPaginator",
    "BadRequestError",
    "Batch",
    "BatchError",
    "BatchProgress",
    "BatchResult",
    "BatchResults",
    "BatchStream",
    "ByteStream",
    "ChatBotKit",
    "ChatBotKitError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "DownloadError",
    "EventStream",
    "IncompleteStreamError",
    "InternalServerError",
    "InvalidParameterError",
    "InvalidParameterTypeError",
    "ItemDeadlineError",
    "ItemStream",
    "JournalError",
    "LimitsReachedError",
    "MethodNotAllowedError",
    "NoContentError",
    "NoSubscriptionError",
    "NotAuthenticatedError",
    "NotAuthorizedError",
    "NotFoundError",
    "PaginationError",
    "Paginator",
    "RateLimitError",
    "RawResponse",
    "RepeatedCursorError",
    "RetryPolicy",
    "RunAs",
    "RunAsScopeError",
    "RunningLoopError",
    "StreamDecodeError",
    "StreamError",
    "StreamEventError",
    "TaskOutcome",
    "TaskTimeoutError",
    "TooManyRequestsError",
    "Tool",
    "ToolCallEnd",
    "ToolCallError",
    "ToolCallStart",
    "UncertainItemError",
    "UnknownEvent",
    "Unset",
    "UploadError",
    "UsageError",
    "__version__",
    "batch",
    "batch_stream",
    "create_once",
    "follow_task",
    "run_task",
    "to_datetime",
    "to_dict",
    "to_json",
    "to_jsonl",
    "to_sse",
    "tool",
]

_HOMES = {
    "AgentIteration": "_agent_events",
    "AgentOutcome": "_agent_events",
    "AgentRun": "_agent",
    "ToolCallEnd": "_agent_events",
    "ToolCallError": "_agent_events",
    "ToolCallStart": "_agent_events",
    "Tool": "_tools",
    "tool": "_tools",
    "AsyncChatBotKit": "_client",
    "ChatBotKit": "_sync_client",
    "BatchStream": "_blocking",
    "ByteStream": "_blocking",
    "EventStream": "_blocking",
    "ItemStream": "_blocking",
    "Paginator": "_blocking",
    "ClientClosedError": "_loop",
    "RunningLoopError": "_loop",
    "AsyncItemStream": "_pagination",
    "AsyncPaginator": "_pagination",
    "AdaptiveRateLimiter": "_ratelimit",
    "Batch": "_batch",
    "BatchError": "_batch",
    "BatchProgress": "_progress",
    "ItemDeadlineError": "_batch",
    "JournalError": "_journal",
    "UncertainItemError": "_batch",
    "create_once": "_idempotent",
    "BatchResult": "_batch",
    "BatchResults": "_batch",
    "batch": "_batch",
    "batch_stream": "_batch",
    "RawResponse": "_response",
    "SSE_HEADERS": "_restream",
    "to_jsonl": "_restream",
    "to_sse": "_restream",
    "RetryPolicy": "_retry",
    "RunAs": "_runas",
    "RunAsScopeError": "_runas",
    "AsyncByteStream": "_streaming",
    "AsyncEventStream": "_streaming",
    "UnknownEvent": "_streaming",
    "TaskOutcome": "_tasks",
    "follow_task": "_tasks",
    "run_task": "_tasks",
    "to_datetime": "_serialize",
    "to_dict": "_serialize",
    "to_json": "_serialize",
    "UNSET": "chatbotkit_gen.types",
    "Unset": "chatbotkit_gen.types",
}


def __getattr__(name: str) -> Any:
    """Import public names on first access (PEP 562)."""
    if name == "models":
        return importlib.import_module("chatbotkit.models")
    if name in __all__:
        home = _HOMES.get(name, "_exceptions")
        module = importlib.import_module(home if "." in home else f"{__name__}.{home}")
        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return [*__all__, "models"]
