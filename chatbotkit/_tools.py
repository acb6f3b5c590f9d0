"""Python functions as agent tools: a JSON Schema from the type hints, arguments checked against them.

``@chatbotkit.tool`` compiles each parameter's hint once into a schema (sent as the function's
``parameters``) and a converter (run on the model's arguments before each call). A converter
raises :class:`ToolArgumentError`, whose message goes back to the model as the call's error.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import inspect
import json
import re
import types
import typing
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, Generic, Literal, ParamSpec, TypeVar, overload

import attrs

__all__ = ["Tool", "ToolArgumentError", "ToolMode", "jsonable", "tool"]

P = ParamSpec("P")
R = TypeVar("R")

ToolMode = Literal["channel", "activity"]
"""How the API reaches a tool: a channel the SDK publishes results to, or an activity turn."""

_NAME = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]{0,63}$")  # the API: a JS identifier, <= 64 chars
_NO_DEFAULT = inspect.Parameter.empty
Convert = Callable[[Any, str], Any]


class ToolArgumentError(ValueError):
    """The model's arguments do not fit the tool's parameters (told to the model, never raised)."""


@attrs.frozen
class _Compiled:
    schema: dict[str, Any]
    convert: Convert


def _fail(path: str, expected: str, value: Any) -> typing.NoReturn:
    shown = json.dumps(value, default=repr)[:80]
    raise ToolArgumentError(f"{path}: expected {expected}, got {shown}")


def _scalar(name: str, accepts: Callable[[Any], bool], cast: Callable[[Any], Any]) -> _Compiled:
    def convert(value: Any, path: str) -> Any:
        if not accepts(value):
            _fail(path, f"{'an' if name == 'integer' else 'a'} {name}", value)
        return cast(value)

    return _Compiled({"type": name}, convert)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_PRIMITIVES: dict[Any, _Compiled] = {
    str: _scalar("string", lambda v: isinstance(v, str), str),
    int: _scalar(
        "integer",
        lambda v: _is_number(v) and float(v).is_integer(),
        int,
    ),
    float: _scalar("number", _is_number, float),
    bool: _scalar("boolean", lambda v: isinstance(v, bool), bool),
    type(None): _scalar("null", lambda v: v is None, lambda v: None),
}
_JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean"}


def _identity(value: Any, path: str) -> Any:
    return value


def compile_hint(hint: Any, _stack: tuple[Any, ...] = ()) -> _Compiled:
    """The JSON Schema of a type hint and the converter from JSON to that type."""
    if hint is None:
        hint = type(None)
    if hint in _PRIMITIVES:
        return _PRIMITIVES[hint]
    if hint is Any or hint is object or hint is inspect.Parameter.empty:
        return _Compiled({}, _identity)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Annotated:
        inner = compile_hint(args[0], _stack)
        notes = [a for a in args[1:] if isinstance(a, str)]
        if not notes:
            return inner
        return _Compiled({**inner.schema, "description": " ".join(notes)}, inner.convert)
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


def _literal(values: tuple[Any, ...]) -> _Compiled:
    schema: dict[str, Any] = {"enum": list(values)}
    kinds = {_JSON_TYPES.get(type(v)) for v in values}
    if len(kinds) == 1 and None not in kinds:
        schema = {"type": kinds.pop(), **schema}

    def convert(value: Any, path: str) -> Any:
        for allowed in values:  # by value and type: True is not 1
            if value == allowed and type(value) is type(allowed):
                return allowed
        _fail(path, f"one of {json.dumps(list(values))}", value)

    return _Compiled(schema, convert)


def _enum(cls: type[enum.Enum]) -> _Compiled:
    inner = _literal(tuple(m.value for m in cls))
    by_value = {m.value: m for m in cls}

    def convert(value: Any, path: str) -> Any:
        return by_value[inner.convert(value, path)]

    return _Compiled(inner.schema, convert)


def _union(members: list[_Compiled]) -> _Compiled:
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

    return _Compiled(schema, convert)


def _array(kind: Any, args: tuple[Any, ...], stack: tuple[Any, ...]) -> _Compiled:
    item_hint = args[0] if args and (len(args) == 1 or args[1:] == (Ellipsis,)) else None
    if args and item_hint is None:
        raise TypeError("fixed-length tuples are not supported: use tuple[T, ...] or list[T]")
    item = compile_hint(item_hint, stack) if item_hint is not None else _Compiled({}, _identity)
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

    return _Compiled(schema, convert)


def _mapping(args: tuple[Any, ...], stack: tuple[Any, ...]) -> _Compiled:
    if args and args[0] is not str:
        raise TypeError("JSON object keys are strings: use dict[str, T]")
    value_of = compile_hint(args[1], stack) if args else _Compiled({}, _identity)
    schema: dict[str, Any] = {"type": "object"}
    if value_of.schema:
        schema["additionalProperties"] = value_of.schema

    def convert(value: Any, path: str) -> Any:
        if not isinstance(value, dict):
            _fail(path, "an object", value)
        return {k: value_of.convert(v, f"{path}.{k}") for k, v in value.items()}

    return _Compiled(schema, convert)


@attrs.frozen
class _Field:
    key: str  # the JSON name
    arg: str  # the name the constructor takes
    compiled: _Compiled
    required: bool
    default: Any = None


def _object(fields: list[_Field], build: Callable[[dict[str, Any]], Any]) -> _Compiled:
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

    return _Compiled(schema, convert)


def _typeddict(cls: type, stack: tuple[Any, ...]) -> _Compiled:
    hints = typing.get_type_hints(cls, include_extras=True)
    required = getattr(cls, "__required_keys__", frozenset(hints))
    fields = [
        _Field(name, name, compile_hint(_strip_required(hint), stack), name in required)
        for name, hint in hints.items()
    ]
    return _object(fields, dict)


def _strip_required(hint: Any) -> Any:
    """``Required[T]``/``NotRequired[T]`` (kept in hints by include_extras) -> ``T``."""
    name = getattr(typing.get_origin(hint), "_name", None) or getattr(
        typing.get_origin(hint), "__name__", ""
    )
    if name in ("Required", "NotRequired"):
        return typing.get_args(hint)[0]
    return hint


def _record(cls: type, stack: tuple[Any, ...]) -> _Compiled:
    hints = typing.get_type_hints(cls, include_extras=True)
    fields = []
    if attrs.has(cls):
        for a in attrs.fields(cls):
            if a.init:
                fields.append(
                    _Field(
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
                    _Field(f.name, f.name, compile_hint(hints.get(f.name, Any), stack), no_default)
                )
    return _object(fields, lambda kwargs: cls(**kwargs))


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


# ---------------------------------------------------------------------------------- tools


class Tool(Generic[P, R]):
    """A function the model may call; calling the tool calls the function unchanged.

    ``definition()`` is its wire form (``FunctionsDefinition`` item). ``mode="channel"``
    (default) tools are called while the completion waits (``waitForChannelMessageBegin``)
    and their result is published to a channel; ``"activity"`` tools end the reply with
    ``end.reason == "activity"`` and their result is sent as an ``activity`` message.
    A tool made by :meth:`static` has a fixed result that the API uses without the caller.
    """

    def __init__(
        self,
        fn: Callable[P, R] | None,
        *,
        name: str,
        description: str,
        parameters: Mapping[str, Any],
        mode: ToolMode = "channel",
        timeout: float | None = None,
        result: Any = None,
        call: Mapping[str, bool] | None = None,
        _convert: Callable[[Mapping[str, Any]], tuple[list[Any], dict[str, Any]]] | None = None,
    ) -> None:
        if not _NAME.match(name):
            raise ValueError(
                f"tool name {name!r}: a JavaScript identifier of at most 64 characters"
            )
        if mode not in ("channel", "activity"):
            raise ValueError(f"tool {name!r}: mode must be 'channel' or 'activity', not {mode!r}")
        if parameters.get("type") != "object" or not isinstance(parameters.get("properties"), dict):
            raise ValueError(f"tool {name!r}: parameters must be an object schema with properties")
        if timeout is not None and not timeout > 0:
            raise ValueError(f"tool {name!r}: timeout must be positive seconds")
        self.__wrapped__ = fn
        self.name = name
        self.description = description
        self.parameters = dict(parameters)
        self.mode: ToolMode = mode
        self.timeout = timeout
        self.result = result
        self.call = dict(call) if call else None
        self._convert = _convert
        if fn is not None:
            functools.update_wrapper(self, fn)

    @classmethod
    def static(
        cls,
        name: str,
        description: str,
        data: Any,
        *,
        parameters: Mapping[str, Any] | None = None,
    ) -> Tool[..., Any]:
        """A tool whose result the API uses as it is (``result: {data}``): no function runs."""
        tool: Tool[..., Any] = cls(
            None,
            name=name,
            description=description,
            parameters=parameters or {"type": "object", "properties": {}},
            result={"data": jsonable(data)},
        )
        return tool

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        if self.__wrapped__ is None:
            raise TypeError(f"tool {self.name!r} has a static result and no function")
        return self.__wrapped__(*args, **kwargs)

    def __repr__(self) -> str:
        kind = "static" if self.__wrapped__ is None else self.mode
        return f"<Tool {self.name} ({kind})>"

    @property
    def is_static(self) -> bool:
        return self.__wrapped__ is None

    def definition(self, channel: str | None = None) -> dict[str, Any]:
        """The ``functions`` item for this tool (``channel`` for a channel tool)."""
        item: dict[str, Any] = {
            "name": self.name,
            "description": self.description,
            "parameters": self.parameters,
        }
        if self.result is not None:
            item["result"] = self.result
        elif self.mode == "channel" and channel is not None:
            item["result"] = {"channel": channel}
        if self.call:
            item["call"] = self.call
        return item

    def convert_arguments(self, arguments: Any) -> tuple[list[Any], dict[str, Any]]:
        """The model's arguments (an object, or JSON text of one) checked and converted."""
        if isinstance(arguments, str):
            try:
                arguments = json.loads(arguments) if arguments.strip() else {}
            except ValueError:
                raise ToolArgumentError("arguments are not valid JSON") from None
        if arguments is None:
            arguments = {}
        if not isinstance(arguments, dict):
            _fail("arguments", "an object", arguments)
        if self._convert is None:
            return [], dict(arguments)
        return self._convert(arguments)

    async def invoke(self, arguments: Any) -> Any:
        """Check the arguments, call the function (sync ones in a worker thread), JSON result."""
        fn = self.__wrapped__
        if fn is None:
            raise TypeError(f"tool {self.name!r} has a static result and no function")
        args, kwargs = self.convert_arguments(arguments)
        if _is_async(fn):
            value = await typing.cast(Callable[..., Awaitable[Any]], fn)(*args, **kwargs)
        else:
            import anyio.to_thread

            value = await anyio.to_thread.run_sync(
                functools.partial(fn, *args, **kwargs), abandon_on_cancel=True
            )
            if inspect.isawaitable(value):
                value = await value
        return jsonable(value)


def _is_async(fn: Callable[..., Any]) -> bool:
    return inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(
        getattr(fn, "__call__", None)  # noqa: B004  (an instance with an async __call__)
    )


def jsonable(value: Any) -> Any:
    """A tool result in JSON form: dataclasses, attrs instances and enums become plain data."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type):
        return jsonable(to_dict())
    if attrs.has(type(value)):
        return jsonable(attrs.asdict(value, recurse=False))
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    raise TypeError(f"a tool result of type {type(value).__name__} has no JSON form")


def _from_function(
    fn: Callable[..., Any],
    *,
    name: str | None,
    description: str | None,
    parameters: Mapping[str, Any] | None,
    mode: ToolMode,
    timeout: float | None,
    call: Mapping[str, bool] | None,
) -> Tool[Any, Any]:
    summary, notes = parse_docstring(inspect.getdoc(fn))
    signature = inspect.signature(fn)
    try:
        hints = typing.get_type_hints(fn, include_extras=True)
    except NameError as exc:
        raise TypeError(
            f"tool {fn.__name__}: cannot resolve its type hints ({exc}); define the types"
            " they name at module level"
        ) from None
    fields: list[_Field] = []
    positional: list[str] = []
    for param in signature.parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            raise TypeError(f"tool {fn.__name__}: *args/**kwargs cannot be described to a model")
        if param.kind is param.POSITIONAL_ONLY:
            positional.append(param.name)
        try:
            compiled = compile_hint(hints.get(param.name, Any))
        except TypeError as exc:
            raise TypeError(f"tool {fn.__name__}, parameter {param.name!r}: {exc}") from None
        schema = dict(compiled.schema)
        if param.name in notes and "description" not in schema:
            schema["description"] = notes[param.name]
        if param.default is not _NO_DEFAULT:
            try:
                schema["default"] = jsonable(param.default)
                json.dumps(schema["default"])
            except (TypeError, ValueError):
                schema.pop("default", None)
        fields.append(
            _Field(
                param.name,
                param.name,
                _Compiled(schema, compiled.convert),
                param.default is _NO_DEFAULT,
                param.default,
            )
        )
    obj = _object(fields, dict)

    def convert(arguments: Mapping[str, Any]) -> tuple[list[Any], dict[str, Any]]:
        try:
            kwargs = obj.convert(dict(arguments), "")
        except ToolArgumentError as exc:
            raise ToolArgumentError(str(exc).lstrip(": ")) from None
        args = [kwargs.pop(p) for p in positional if p in kwargs]
        return args, kwargs

    return Tool(
        fn,
        name=name or fn.__name__,
        description=description if description is not None else (summary or fn.__name__),
        parameters=parameters if parameters is not None else obj.schema,
        mode=mode,
        timeout=timeout,
        call=call,
        _convert=convert,
    )


@overload
def tool(
    fn: Callable[P, R],
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    parameters: Mapping[str, Any] | None = None,
    mode: ToolMode = "channel",
    timeout: float | None = None,
    call: Mapping[str, bool] | None = None,
) -> Tool[P, R]: ...
@overload
def tool(
    *,
    name: str | None = None,
    description: str | None = None,
    parameters: Mapping[str, Any] | None = None,
    mode: ToolMode = "channel",
    timeout: float | None = None,
    call: Mapping[str, bool] | None = None,
) -> Callable[[Callable[P, R]], Tool[P, R]]: ...


def tool(
    fn: Callable[P, R] | None = None,
    /,
    *,
    name: str | None = None,
    description: str | None = None,
    parameters: Mapping[str, Any] | None = None,
    mode: ToolMode = "channel",
    timeout: float | None = None,
    call: Mapping[str, bool] | None = None,
) -> Tool[P, R] | Callable[[Callable[P, R]], Tool[P, R]]:
    """Make a sync or async function a tool: ``@chatbotkit.tool``, ``@chatbotkit.tool(...)``,
    or ``chatbotkit.tool(fn, ...)`` for a function defined elsewhere.

    Name from the function, description from the docstring's summary, ``parameters`` (JSON
    Schema) from the type hints (parameter notes from an ``Args:`` section or ``:param:``
    lines, or ``Annotated[T, "note"]``); a default makes a parameter optional. ``parameters=``
    overrides the derived schema (arguments are still converted by the hints). ``timeout``
    bounds one call in seconds; ``mode`` picks how the API calls it (see :class:`Tool`).
    """

    def make(f: Callable[P, R]) -> Tool[P, R]:
        made: Tool[P, R] = _from_function(
            f,
            name=name,
            description=description,
            parameters=parameters,
            mode=mode,
            timeout=timeout,
            call=call,
        )
        return made

    return make(fn) if fn is not None else make
