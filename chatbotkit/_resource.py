"""Base classes of the generated namespaces (``chatbotkit_gen/namespaces/``).

A namespace groups the operations under one path prefix (``cbk.conversation.message``);
an operation object (``cbk.conversation.complete``) is a callable with extra forms such as
``.stream(...)``. Both only hold the client; sub-namespaces are created on first access.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._client import AsyncChatBotKit

__all__ = ["Namespace", "Operation"]


class _Bound:
    """Holds the client that performs the requests."""

    def __init__(self, client: AsyncChatBotKit) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


class Namespace(_Bound):
    """A group of operations under one path prefix."""


class Operation(_Bound):
    """One operation with several forms: ``await op(...)``, ``op.stream(...)``..."""
