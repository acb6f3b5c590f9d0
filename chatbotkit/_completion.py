"""Completion streams' own rules: the continuation request and stitching continued results."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ._types import RequestOptions

__all__ = ["Completion", "continuation_request", "evolve", "reason", "stitch"]


class Completion:
    """The result of a ``"result"`` stream: parts cut by ``length`` are held back and continued
    (at most ``auto_continue`` times), then stitched into the one result delivered."""

    __slots__ = ("_continues_left", "_parts", "_pending", "has_result", "result")

    def __init__(self, auto_continue: int = 0) -> None:
        self._continues_left = auto_continue
        self._parts: list[Any] = []  # results of the parts ended by "length", when continuing
        self._pending = False  # the body in flight ends with a part to continue
        self.result: Any = None
        self.has_result = False

    def on_result(self, event: Any) -> Any:
        """The ``result`` event to deliver (stitched), or ``None`` for a part to continue."""
        data = event.data
        if self._continues_left > 0 and reason(data) == "length":
            self._parts.append(data)
            self._pending = True
            return None
        if self._parts:
            data = stitch([*self._parts, data])
            event = evolve(event, data=data)
        self.result, self.has_result = data, True
        return event

    def take_continuation(self) -> bool:
        """At the end of a body: whether to send the continuation request (uses one)."""
        if not self._pending:
            return False
        self._pending = False
        self._continues_left -= 1
        return True


def continuation_request(
    kwargs: Mapping[str, Any], options: RequestOptions
) -> tuple[dict[str, Any], RequestOptions]:
    """The request that continues a completion: the same one without ``text``."""
    body = kwargs.get("json")
    again = dict(kwargs)
    if isinstance(body, dict):
        again["json"] = {k: v for k, v in body.items() if k != "text"}
    if options.extra_body and "text" in options.extra_body:
        extra = {k: v for k, v in options.extra_body.items() if k != "text"}
        options = attrs.evolve(options, extra_body=extra)
    return again, options


def reason(data: Any) -> str | None:
    end = getattr(data, "end", None)
    reason = getattr(end, "reason", None)
    value = getattr(reason, "value", reason)
    return value if isinstance(value, str) else None


def stitch(parts: list[Any]) -> Any:
    """One result from a continued completion's parts: text joined, usage summed, the rest
    (``id``, ``end``...) from the last part."""
    last = parts[-1]
    changes: dict[str, Any] = {}
    texts = [getattr(p, "text", None) for p in parts]
    if all(isinstance(t, str) for t in texts):
        changes["text"] = "".join(t for t in texts if isinstance(t, str))
    usages = [getattr(getattr(p, "usage", None), "token", None) for p in parts]
    if all(isinstance(u, int | float) and not isinstance(u, bool) for u in usages):
        changes["usage"] = evolve(last.usage, token=sum(u for u in usages if u is not None))
    return evolve(last, **changes) if changes else last


def evolve(model: Any, **changes: Any) -> Any:
    """``attrs.evolve`` that keeps a generated model's ``additional_properties`` (init=False)."""
    copy = attrs.evolve(model, **changes)
    extra = getattr(model, "additional_properties", None)
    if isinstance(extra, dict):
        copy.additional_properties = dict(extra)
    return copy
