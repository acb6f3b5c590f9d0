"""Argument checks for the public calls: a bad one is an ``InvalidParameterError`` naming it."""

# A value of the wrong type is an :class:`InvalidParameterTypeError` (also a ``TypeError``), a
# value out of range an :class:`InvalidParameterError` (also a ``ValueError``): never the
# ``TypeError`` a comparison with a str would raise deep inside, after work has started.

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from ._exceptions import InvalidParameterError, InvalidParameterTypeError

__all__ = [
    "callable_of",
    "count",
    "header_safe",
    "mapping_of",
    "number",
    "seconds",
    "text",
    "wrong_type",
]

T = TypeVar("T")


def wrong_type(parameter: str, expected: str, value: Any) -> InvalidParameterTypeError:
    """The error for ``parameter`` given ``value`` where ``expected`` goes."""
    return InvalidParameterTypeError(
        f"{parameter} must be {expected}, not {type(value).__name__}", parameter=parameter
    )


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def seconds(value: float | None, parameter: str, *, zero: bool = False) -> float | None:
    """``None``, or a number of seconds > 0 (``>= 0`` with ``zero``); NaN refused."""
    if value is None:
        return None
    if not _is_number(value):
        raise wrong_type(parameter, "a number of seconds", value)
    if not (value >= 0 if zero else value > 0):
        bound = "0 or more" if zero else "positive"
        raise InvalidParameterError(
            f"{parameter} must be a {bound} number of seconds, got {value!r}", parameter=parameter
        )
    return value


def count(value: int, parameter: str, *, minimum: int = 0) -> int:
    """An ``int`` (not a bool) of at least ``minimum``."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise wrong_type(parameter, "an int", value)
    if value < minimum:
        raise InvalidParameterError(
            f"{parameter} must be >= {minimum}, got {value!r}", parameter=parameter
        )
    return value


def number(value: float, parameter: str, *, low: float = 0.0, high: float = math.inf) -> float:
    """A finite number (not a bool) within ``[low, high]``."""
    if not _is_number(value):
        raise wrong_type(parameter, "a number", value)
    if not (low <= value <= high and math.isfinite(value)):
        span = f">= {low:g}" if high == math.inf else f"between {low:g} and {high:g}"
        raise InvalidParameterError(
            f"{parameter} must be a finite number {span}, got {value!r}", parameter=parameter
        )
    return value


def text(value: str, parameter: str) -> str:
    """A ``str``."""
    if not isinstance(value, str):
        raise wrong_type(parameter, "a str", value)
    return value


def mapping_of(value: Mapping[str, T] | None, parameter: str) -> Mapping[str, T] | None:
    """``None`` or a mapping (a ``dict``, a model with ``additional_properties``...)."""
    if value is not None and not isinstance(value, Mapping):
        raise wrong_type(parameter, "a mapping", value)
    return value


def callable_of(value: Callable[..., T] | None, parameter: str) -> Callable[..., T] | None:
    """``None`` or a callable."""
    if value is not None and not callable(value):
        raise wrong_type(parameter, "callable", value)
    return value


_VISIBLE_ASCII = re.compile(r"[!-~]*")


def header_safe(value: str) -> bool:
    """Only visible ASCII (no space): a token or account h11 sends as is, never quoting it in
    an error."""
    return _VISIBLE_ASCII.fullmatch(value) is not None
