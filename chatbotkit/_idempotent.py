"""Create a resource at most once, even across a crash: the key travels in its ``meta``."""

# ``await create_once(cbk.conversation, name="...")`` writes ``meta["idempotencyKey"]`` on
# create. When the create may already have happened (inside a batch: an item an earlier run
# started but did not finish, or that failed; outside a batch: always) it first lists the
# resource filtered by that ``meta`` key and returns the one it finds instead of creating a
# second. The list uses the public ``meta=`` argument, so the wire form of the filter is the
# client's business. Inside a batch the key defaults to the item's journal key.

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol

from ._batch import current_item
from ._check import mapping_of, text, wrong_type
from ._exceptions import ConfigurationError

__all__ = ["META_KEY", "create_once"]

META_KEY = "idempotencyKey"
"""The ``meta`` field :func:`create_once` writes and looks up."""


class _Creatable(Protocol):
    """A resource namespace with ``create(meta=...)`` and ``list(meta=...)`` (``cbk.bot``...)."""

    @property
    def create(self) -> Callable[..., Awaitable[Any]]: ...

    @property
    def list(self) -> Callable[..., Any]: ...


async def find_by_key(resource: _Creatable, key: str) -> str | None:
    """The id of the resource whose ``meta`` carries ``key``, or None."""
    async for found in resource.list(meta={META_KEY: key}):
        return str(found.id)
    return None


async def create_once(
    resource: _Creatable,
    *,
    key: str | None = None,
    lookup: bool | None = None,
    meta: Mapping[str, Any] | None = None,
    **fields: Any,
) -> str:
    """Create through ``resource.create(**fields)`` unless a resource with ``key`` exists;
    return the id either way.

    ``key`` defaults to the current batch item's key (outside a batch it is required; make
    it unique per job, e.g. ``f"import-2026-11:{row_id}"``). ``lookup`` forces (True) or
    skips (False) the lookup; by default it runs unless this is a batch item's first start.
    """
    for method in ("create", "list"):
        if not callable(getattr(resource, method, None)):
            raise wrong_type("resource", "a resource namespace such as cbk.conversation", resource)
    if key is not None:
        text(key, "key")
    if not hasattr(meta, "to_dict"):
        mapping_of(meta, "meta")
    item = current_item()
    if key is None:
        if item is None:
            raise ConfigurationError("create_once needs key= outside a batch")
        key = item.key
    if lookup is None:
        lookup = item is None or item.rerun
    if lookup:
        existing = await find_by_key(resource, key)
        if existing is not None:
            return existing
    to_dict = getattr(meta, "to_dict", None)
    merged = dict(to_dict() if callable(to_dict) else (meta or {}))
    merged[META_KEY] = key
    created = await resource.create(meta=merged, **fields)
    return str(created.id)
