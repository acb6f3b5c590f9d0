"""Turn friendly call arguments into what the generated endpoints expect."""

# Namespace methods accept generated models or plain wire-form mappings for nested objects,
# enum members or plain strings for enums. Bodies are assembled in wire form (camelCase keys,
# JSON values) and parsed by the generated body model, so the model validates and converts.

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import Any, TypeVar

from chatbotkit_gen.types import UNSET, Unset

from ._exceptions import InvalidParameterError, InvalidParameterTypeError
from ._serialize import encode

__all__ = ["body", "check_path", "given", "param", "parse_bytes", "to_wire"]

T = TypeVar("T")


def to_wire(value: Any, parameter: str = "value") -> Any:
    """A JSON-ready copy of ``value``: models via ``to_dict()``, enums via ``.value``; a value
    nested past the interpreter's recursion limit is an error naming ``parameter``."""
    try:
        return encode(value)
    except RecursionError:
        raise InvalidParameterError(
            f"{parameter} is nested too deeply to send", parameter=parameter
        ) from None


def body(model: Any, fields: Mapping[str, Any]) -> Any:
    """Build body ``model`` from wire-named ``fields``; UNSET (omitted) fields are not sent."""
    wire = {key: to_wire(v, key) for key, v in fields.items() if v is not UNSET}
    try:
        return model.from_dict(wire)
    except _SHAPE_ERRORS as exc:
        # The field at fault: the one without which the body parses (else: the body).
        culprit = next((k for k in wire if _parses(model, {**wire, k: UNSET})), "body")
        raise _refused(culprit, model, wire.get(culprit, wire), exc) from None


def param(model: Any, value: Any) -> Any:
    """Coerce a query/path value to the generated type ``model`` (enum or model class)."""
    if isinstance(value, Unset) or value is None or isinstance(value, model):
        return value
    try:
        if isinstance(model, type) and issubclass(model, enum.Enum):
            return model(value)
        return model.from_dict(to_wire(value))
    except _SHAPE_ERRORS as exc:
        # ``Order`` -> order, ``MetaParam`` -> meta, ``TaskStatus`` -> status
        words = re.findall(r"[A-Z][a-z0-9]*", model.__name__.removesuffix("Param"))
        raise _refused(words[-1].lower() if words else "value", model, value, exc) from None


_SHAPE_ERRORS = (TypeError, ValueError, KeyError, AttributeError)


def _parses(model: Any, wire: dict[str, Any]) -> bool:
    try:
        model.from_dict({k: v for k, v in wire.items() if v is not UNSET})
    except _SHAPE_ERRORS:
        return False
    return True


def _refused(parameter: str, model: Any, value: Any, exc: Exception) -> InvalidParameterError:
    """The error for an argument the generated ``model`` cannot take."""
    if isinstance(model, type) and issubclass(model, enum.Enum):
        allowed = ", ".join(repr(m.value) for m in model)
        return InvalidParameterError(
            f"{parameter} must be one of {allowed}, not {value!r}", parameter=parameter
        )
    return InvalidParameterTypeError(
        f"{parameter}: {_shown(value)} does not fit {model.__name__} ({type(exc).__name__}: {exc})",
        parameter=parameter,
    )


def _shown(value: object) -> str:
    """``repr(value)`` cut to 40 characters, computed once (a huge argument is shown short)."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def given(**kwargs: Any) -> dict[str, Any]:
    """``kwargs`` without the omitted (UNSET) ones: the generated defaults stay unsent."""
    return {key: value for key, value in kwargs.items() if not isinstance(value, Unset)}


def check_path(name: str, value: object) -> None:
    """Refuse a path parameter that is not a non-empty ``str`` or is ``.``/``..``.

    The value is percent-encoded into one path segment, but ``.`` and ``..`` stay dot
    segments that httpx resolves (``message.delete(convo_id, "..")`` would delete the
    conversation), and ``None``, bytes or numbers would be sent as their ``str()``.
    """
    if not isinstance(value, str) or value in ("", ".", ".."):
        raise InvalidParameterError(
            f"path parameter {name!r} must be a non-empty string other than '.' and '..',"
            f" not {_shown(value)}",
            parameter=name,
        )


def parse_bytes(response: Any, loads: Any = None) -> bytes:
    """The parse function of binary, CSV and HCL results: the body, as is (``loads`` unused)."""
    content: bytes = response.content
    return content
