"""Results as JSON-ready wire data (``to_dict``, ``to_json``) and epoch fields as datetimes."""

from __future__ import annotations

import datetime
import enum
import json
from collections.abc import Mapping
from typing import Any, overload

from chatbotkit_gen.types import UNSET, Unset

from ._check import count, wrong_type
from ._exceptions import InvalidParameterError, InvalidParameterTypeError

__all__ = ["encode", "to_datetime", "to_dict", "to_json"]

_SCALARS = (str, int, float, bool, type(None))
_HINTS = {
    "AsyncPaginator": "await it for one page, or 'await ....collect()' for the items",
    "AsyncEventStream": "serialize the events it yields",
    "RawResponse": "call .parse() first",
    "TaskOutcome": "serialize its .events",
    "bytes": "binary results have no JSON form",
}


def to_dict(value: Any) -> Any:
    """Any result as JSON-ready data in the API's wire form (camelCase, unset fields left out).

    Takes what a call returns: a model (exactly ``model.to_dict()``), a page, a stream event,
    an :class:`UnknownEvent` (its raw line), and lists, tuples and dicts of them; enums become
    their values, datetimes ISO strings, a lone ``UNSET`` ``None``. Anything else (a
    paginator, bytes...) raises ``InvalidParameterTypeError`` (a ``TypeError``). ``json.dumps(chatbotkit.to_dict(bot))`` and
    returning it from a FastAPI endpoint work.
    """
    try:
        return encode(value, strict=True)
    except RecursionError:  # a container nested past the interpreter's limit
        raise InvalidParameterError(
            "value is nested too deeply to convert", parameter="value"
        ) from None


def to_json(value: Any, *, indent: int | None = None) -> str:
    """``json.dumps(to_dict(value))``: the wire-form JSON text of any result."""
    if indent is not None:
        count(indent, "indent")
    return json.dumps(to_dict(value), indent=indent, ensure_ascii=False)


def encode(value: Any, *, strict: bool = False, _path: frozenset[int] = frozenset()) -> Any:
    """:func:`to_dict`; not ``strict`` (request bodies), unknown objects pass through as they are."""
    if isinstance(value, _SCALARS):
        return value
    if isinstance(value, enum.Enum):
        return encode(value.value, strict=strict)
    if isinstance(value, Unset):
        return None
    to_dict_method = getattr(value, "to_dict", None)
    if callable(to_dict_method) and not isinstance(value, type):
        if not strict:
            return to_dict_method()
        value = to_dict_method()  # then checked like any dict: additional_properties are free-form
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, Mapping | list | tuple):
        if id(value) in _path:
            raise InvalidParameterError(
                "Circular reference: a container holds itself", parameter="value"
            )
        inner = _path | {id(value)}
        if isinstance(value, Mapping):
            return {
                str(key): encode(item, strict=strict, _path=inner)
                for key, item in value.items()
                if item is not UNSET
            }
        return [encode(item, strict=strict, _path=inner) for item in value]
    if not strict:
        return value
    name = type(value).__name__
    hint = _HINTS.get(name, "")
    raise InvalidParameterTypeError(
        f"{name} is not a result with a JSON form" + (f": {hint}" if hint else ""),
        parameter="value",
    )


@overload
def to_datetime(value: float | str | datetime.datetime) -> datetime.datetime: ...
@overload
def to_datetime(
    value: float | str | datetime.datetime | Unset | None,
) -> datetime.datetime | None: ...


def to_datetime(value: float | str | datetime.datetime | Unset | None) -> datetime.datetime | None:
    """A timestamp field (``created_at``: milliseconds since the epoch) as an aware UTC datetime.

    Also takes an ISO 8601 string or a datetime (a naive one is taken as UTC); ``None`` and
    ``UNSET`` (a field the server left out) give ``None``.
    """
    if value is None or isinstance(value, Unset):
        return None
    if isinstance(value, datetime.datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=datetime.timezone.utc)
    if isinstance(value, str):
        text = value.strip()
        try:
            parsed = datetime.datetime.fromisoformat(
                text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
            )
        except ValueError:
            raise InvalidParameterError(
                f"Not an ISO 8601 timestamp: {value!r}", parameter="value"
            ) from None
        return to_datetime(parsed)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise wrong_type(
            "value", "milliseconds since the epoch, an ISO string or a datetime", value
        )
    try:
        return datetime.datetime.fromtimestamp(value / 1000, tz=datetime.timezone.utc)
    except (OverflowError, OSError, ValueError) as exc:
        raise InvalidParameterError(
            f"Timestamp out of range: {value!r} ms", parameter="value"
        ) from exc
