"""Type hints to JSON Schema, and JSON values back to the hinted types (for tool parameters)."""

# :func:`compile_hint` turns a hint once into a schema and a converter; a converter raises
# :class:`ToolArgumentError` naming the path of what did not fit. :func:`parse_docstring`
# reads a function's summary and parameter notes.

from __future__ import annotations

import dataclasses
import enum
import inspect
import json
import re
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal

import attrs

from ._exceptions import InvalidParameterError

__all__ = [
    "Compiled",
    "Field",
    "ToolArgumentError",
    "compile_hint",
    "compile_object",
    "parse_docstring",
]

Convert = Callable[[Any, str], Any]


class ToolArgumentError(InvalidParameterError):
    """The model's arguments do not fit the tool's parameters (told to the model by the agent;
    raised by ``Tool.convert_arguments``/``invoke`` called directly)."""

    def __init__(self, message: str, *, parameter: str = "arguments") -> None:
        super().__init__(message, parameter=parameter)


@attrs.frozen
class Compiled:
    """A hint's JSON Schema and its converter (``convert(value, path)``)."""

    schema: dict[str, Any]
    convert: Convert


def _fail(path: str, expected: str, value: Any) -> typing.NoReturn:
    shown = json.dumps(value, default=repr)[:80]
    raise ToolArgumentError(f"{path}: expected {expected}, got {shown}")


def _scalar(name: str, accepts: Callable[[Any], bool], cast: Callable[[Any], Any]) -> Compiled:
    def convert(value: Any, path: str) -> Any:
        if not accepts(value):
            _fail(path, f"{'an' if name == 'integer' else 'a'} {name}", value)
        return cast(value)

    return Compiled({"type": name}, convert)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_PRIMITIVES: dict[Any, Compiled] = {
    str: _scalar("string", lambda v: isinstance(v, str), str),
    int: _scalar(  # 2.0 is an integer; float() of a huge int would overflow
        "integer",
        lambda v: _is_number(v) and (isinstance(v, int) or v.is_integer()),
        int,
    ),
    float: _scalar("number", _is_number, float),
    bool: _scalar("boolean", lambda v: isinstance(v, bool), bool),
    type(None): _scalar("null", lambda v: v is None, lambda v: None),
}
_JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean"}


def _identity(value: Any, path: str) -> Any:
    return value


def compile_hint(hint: Any, _stack: tuple[Any, ...] = ()) -> Compiled:
    """The JSON Schema of a type hint and the converter from JSON to that type."""
    if hint is None:
        hint = type(None)
    if hint in _PRIMITIVES:
        return _PRIMITIVES[hint]
    if hint is Any or hint is object or hint is inspect.Parameter.empty:
        return Compiled({}, _identity)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Annotated:
        inner = compile_hint(args[0], _stack)
        notes = [a for a in args[1:] if isinstance(a, str)]
        if not notes:
            return inner
        return Compiled({**inner.schema, "description": " ".join(notes)}, inner.convert)
    if origin is Literal:
        return _literal(args)
    if origin is typing.Union or origin is types.UnionType:
        return _union([compile_hint(a, _stack) for a in args])
    if origin in (list, tuple, set, frozenset, Sequence) or hint in (list, tuple, set):
        return _array(origin or hint, args, _stack)
    if origin in (dict, Mapping) or hint in (dict, Mapping):
        return _mapping(args, _stack)
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            return _enum(hint)
        if hint in _stack:
            raise TypeError(f"{hint.__name__} refers to itself: recursive types are not supported")
        if typing.is_typeddict(hint):
            return _typeddict(hint, (*_stack, hint))
        if dataclasses.is_dataclass(hint) or attrs.has(hint):
            return _record(hint, (*_stack, hint))
    raise TypeError(
        f"{hint!r} has no JSON Schema here (supported: str, int, float, bool, None,"
        " list, dict, Literal, Enum, unions, TypedDict, dataclasses, attrs classes)"
    )


def _literal(values: tuple[Any, ...]) -> Compiled:
    schema: dict[str, Any] = {"enum": list(values)}
    kinds = {_JSON_TYPES.get(type(v)) for v in values}
    if len(kinds) == 1 and None not in kinds:
        schema = {"type": kinds.pop(), **schema}

    def convert(value: Any, path: str) -> Any:
        for allowed in values:  # by value and type: True is not 1
            if value == allowed and type(value) is type(allowed):
                return allowed
        _fail(path, f"one of {json.dumps(list(values))}", value)

    return Compiled(schema, convert)


def _enum(cls: type[enum.Enum]) -> Compiled:
    inner = _literal(tuple(m.value for m in cls))
    by_value = {m.value: m for m in cls}

    def convert(value: Any, path: str) -> Any:
        return by_value[inner.convert(value, path)]

    return Compiled(inner.schema, convert)


def _union(members: list[Compiled]) -> Compiled:
    types_only = [m.schema.get("type") for m in members if set(m.schema) == {"type"}]
    if len(types_only) == len(members):
        schema: dict[str, Any] = {"type": types_only}
    else:
        schema = {"anyOf": [m.schema for m in members]}

    def convert(value: Any, path: str) -> Any:
        errors = []
        for member in members:
            try:
                return member.convert(value, path)
            except ToolArgumentError as exc:
                errors.append(str(exc).split(": expected ", 1)[-1].split(", got ", 1)[0])
        _fail(path, " or ".join(errors), value)

    return Compiled(schema, convert)


def _array(kind: Any, args: tuple[Any, ...], stack: tuple[Any, ...]) -> Compiled:
    item_hint = args[0] if args and (len(args) == 1 or args[1:] == (Ellipsis,)) else None
    if args and item_hint is None:
        raise TypeError("fixed-length tuples are not supported: use tuple[T, ...] or list[T]")
    item = compile_hint(item_hint, stack) if item_hint is not None else Compiled({}, _identity)
    schema: dict[str, Any] = {"type": "array"}
    if item.schema:
        schema["items"] = item.schema
    make: Callable[[list[Any]], Any] = {tuple: tuple, set: set, frozenset: frozenset}.get(
        kind, list
    )

    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, list):
            _fail(path, "an array", value)
        return make([item.convert(v, f"{path}[{i}]") for i, v in enumerate(value)])

    return Compiled(schema, convert)


def _mapping(args: tuple[Any, ...], stack: tuple[Any, ...]) -> Compiled:
    if args and args[0] is not str:
        raise TypeError("JSON object keys are strings: use dict[str, T]")
    value_of = compile_hint(args[1], stack) if args else Compiled({}, _identity)
    schema: dict[str, Any] = {"type": "object"}
    if value_of.schema:
        schema["additionalProperties"] = value_of.schema

    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, dict):
            _fail(path, "an object", value)
        return {k: value_of.convert(v, f"{path}.{k}") for k, v in value.items()}

    return Compiled(schema, convert)


@attrs.frozen
class Field:
    """One property of an object schema: a parameter, a TypedDict key, a record field."""

    key: str  # the JSON name
    arg: str  # the name the constructor takes
    compiled: Compiled
    required: bool
    default: Any = None


def compile_object(fields: list[Field], build: Callable[[dict[str, Any]], Any]) -> Compiled:
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {f.key: f.compiled.schema for f in fields},
    }
    required = [f.key for f in fields if f.required]
    if required:
        schema["required"] = required
    schema["additionalProperties"] = False
    by_key = {f.key: f for f in fields}

    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, dict):
            _fail(path, "an object", value)
        unknown = sorted(set(value) - set(by_key))
        if unknown:
            raise ToolArgumentError(f"{path}: unexpected field(s) {', '.join(unknown)}")
        missing = [k for k in required if k not in value]
        if missing:
            raise ToolArgumentError(f"{path}: missing required field(s) {', '.join(missing)}")
        prefix = f"{path}." if path else ""
        return build(
            {by_key[k].arg: by_key[k].compiled.convert(v, prefix + k) for k, v in value.items()}
        )

    return Compiled(schema, convert)


def _typeddict(cls: type, stack: tuple[Any, ...]) -> Compiled:
    hints = typing.get_type_hints(cls, include_extras=True)
    required = getattr(cls, "__required_keys__", frozenset(hints))
    fields = [
        Field(name, name, compile_hint(_strip_required(hint), stack), name in required)
        for name, hint in hints.items()
    ]
    return compile_object(fields, dict)


def _strip_required(hint: Any) -> Any:
    """``Required[T]``/``NotRequired[T]`` (kept in hints by include_extras) -> ``T``."""
    name = getattr(typing.get_origin(hint), "_name", None) or getattr(
        typing.get_origin(hint), "__name__", ""
    )
    if name in ("Required", "NotRequired"):
        return typing.get_args(hint)[0]
    return hint


def _record(cls: type, stack: tuple[Any, ...]) -> Compiled:
    hints = typing.get_type_hints(cls, include_extras=True)
    fields = []
    if attrs.has(cls):
        for a in attrs.fields(cls):
            if a.init:
                fields.append(
                    Field(
                        a.name,
                        a.alias or a.name,
                        compile_hint(hints.get(a.name, Any), stack),
                        a.default is attrs.NOTHING,
                    )
                )
    else:
        for f in dataclasses.fields(cls):
            if f.init:
                no_default = (
                    f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
                )
                fields.append(
                    Field(f.name, f.name, compile_hint(hints.get(f.name, Any), stack), no_default)
                )
    return compile_object(fields, lambda kwargs: cls(**kwargs))


# ------------------------------------------------------------------------------ docstrings

_SECTION = re.compile(r"^\s*(Args|Arguments|Parameters|Params|Returns|Raises|Yields)\s*:?\s*$")
_SPHINX = re.compile(r"^\s*:param\s+(?:\S+\s+)?(\w+)\s*:\s*(.*)$")
_GOOGLE = re.compile(r"^\s+(\*{0,2}\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$")


def parse_docstring(doc: str | None) -> tuple[str, dict[str, str]]:
    """The summary (text before any section) and each parameter's description."""
    if not doc:
        return "", {}
    lines = inspect.cleandoc(doc).splitlines()
    summary: list[str] = []
    params: dict[str, str] = {}
    section: str | None = None
    current: str | None = None
    for line in lines:
        heading = _SECTION.match(line)
        sphinx = _SPHINX.match(line)
        if heading:
            section, current = heading.group(1), None
        elif line.lstrip().startswith(":") and not sphinx:  # :returns:, :raises: ...
            section, current = "Returns", None
        elif sphinx:
            current = sphinx.group(1)
            params[current] = sphinx.group(2).strip()
            section = "Args"
        elif section in ("Args", "Arguments", "Parameters", "Params"):
            google = _GOOGLE.match(line)
            if google and not line.startswith(" " * 8):
                current = google.group(1).lstrip("*")
                params[current] = google.group(2).strip()
            elif current and line.strip():
                params[current] = f"{params[current]} {line.strip()}".strip()
        elif section is None:
            summary.append(line)
    return " ".join(" ".join(summary).split()), params
