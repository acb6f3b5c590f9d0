"""chatbotkit: async, fully typed Python SDK for the ChatBotKit API.

``import chatbotkit`` is cheap: the client, httpx and the generated code load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
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
        IncompleteStreamError,
        InternalServerError,
        LimitsReachedError,
        MethodNotAllowedError,
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
        TooManyRequestsError,
    )
    from ._pagination import AsyncPaginator
    from ._response import RawResponse
    from ._retry import RetryPolicy
    from ._streaming import AsyncByteStream, AsyncEventStream, UnknownEvent

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncByteStream",
    "AsyncChatBotKit",
    "AsyncEventStream",
    "AsyncPaginator",
    "BadRequestError",
    "ChatBotKitError",
    "ConfigurationError",
    "ConflictError",
    "IncompleteStreamError",
    "InternalServerError",
    "LimitsReachedError",
    "MethodNotAllowedError",
    "NoSubscriptionError",
    "NotAuthenticatedError",
    "NotAuthorizedError",
    "NotFoundError",
    "PaginationError",
    "RateLimitError",
    "RawResponse",
    "RepeatedCursorError",
    "RetryPolicy",
    "StreamDecodeError",
    "StreamError",
    "StreamEventError",
    "TooManyRequestsError",
    "UnknownEvent",
    "__version__",
]

_HOMES = {
    "AsyncChatBotKit": "_client",
    "AsyncPaginator": "_pagination",
    "RawResponse": "_response",
    "RetryPolicy": "_retry",
    "AsyncByteStream": "_streaming",
    "AsyncEventStream": "_streaming",
    "UnknownEvent": "_streaming",
}


def __getattr__(name: str) -> Any:
    """Import public names on first access (PEP 562)."""
    if name == "models":
        return importlib.import_module("chatbotkit.models")
    if name in __all__:
        module = importlib.import_module(f"{__name__}.{_HOMES.get(name, '_exceptions')}")
        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return [*__all__, "models"]
