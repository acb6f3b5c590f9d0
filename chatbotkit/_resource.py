"""Base classes of the generated resources: namespaces and operations that hold only the client."""

# A namespace groups the operations under one path prefix (``cbk.conversation.message``);
# an operation object (``cbk.conversation.complete``) is a callable with extra forms such as
# ``.stream(...)``. Both only hold the client; sub-namespaces are created on first access.
# :class:`Resource` puts a top-level one on the client (``cbk.bot``) without importing it.

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

if TYPE_CHECKING:
    from ._client import AsyncChatBotKit

__all__ = ["Namespace", "Operation", "Resource"]

T = TypeVar("T")


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


class Resource(Generic[T]):
    """A client attribute (``cbk.bot``): the resource class, imported and built on first access.

    The instance is cached per client under ``_ns_<name>``; derived clients
    (``with_options``...) build their own.
    """

    def __init__(self, module: str, cls: str) -> None:
        self._module = f"chatbotkit.resources.{module}"
        self._cls = cls
        self._key = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._key = f"_ns_{name}"

    @overload
    def __get__(self, client: None, owner: type) -> Resource[T]: ...
    @overload
    def __get__(self, client: AsyncChatBotKit, owner: type) -> T: ...
    def __get__(self, client: AsyncChatBotKit | None, owner: type) -> Any:
        if client is None:
            return self
        resource = client.__dict__.get(self._key)
        if resource is None:
            cls = getattr(importlib.import_module(self._module), self._cls)
            resource = client.__dict__[self._key] = cls(client)
        return resource
