"""Python functions as agent tools: their wire definition, checked arguments, JSON results."""

# ``@chatbotkit.tool`` compiles each parameter's hint once (``_schema``) into a schema (sent as
# the function's ``parameters``) and a converter (run on the model's arguments before each
# call); a :class:`ToolArgumentError` goes back to the model as the call's error.

from __future__ import annotations

import dataclasses
import enum
import functools
import inspect
import json
import re
import typing
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Generic, Literal, ParamSpec, TypeVar, overload

import attrs

from ._check import mapping_of, seconds, text, wrong_type
from ._exceptions import InvalidParameterError, InvalidParameterTypeError
from ._schema import (
    Compiled,
    Field,
    ToolArgumentError,
    compile_hint,
    compile_object,
    parse_docstring,
)

__all__ = ["Tool", "ToolArgumentError", "ToolMode", "jsonable", "tool"]

P = ParamSpec("P")
R = TypeVar("R")

ToolMode = Literal["channel", "activity"]
"""How the API reaches a tool: a channel the SDK publishes results to, or an activity turn."""

_NAME = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]{0,63}$")  # the API: a JS identifier, <= 64 chars
_NO_DEFAULT = inspect.Parameter.empty


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
        if fn is not None and not callable(fn):
            raise wrong_type("fn", "a function", fn)
        if not _NAME.match(text(name, "name")):
            raise InvalidParameterError(
                f"tool name {name!r}: a JavaScript identifier of at most 64 characters",
                parameter="name",
            )
        text(description, "description")
        if mode not in ("channel", "activity"):
            raise InvalidParameterError(
                f"tool {name!r}: mode must be 'channel' or 'activity', not {mode!r}",
                parameter="mode",
            )
        if not isinstance(parameters, Mapping):
            raise wrong_type("parameters", "a JSON Schema mapping", parameters)
        if parameters.get("type") != "object" or not isinstance(parameters.get("properties"), dict):
            raise InvalidParameterError(
                f"tool {name!r}: parameters must be an object schema with properties",
                parameter="parameters",
            )
        seconds(timeout, "timeout")
        mapping_of(call, "call")
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
            result={"data": jsonable(data, "data")},
        )
        return tool

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        if self.__wrapped__ is None:
            raise self._no_function()
        return self.__wrapped__(*args, **kwargs)

    def _no_function(self) -> InvalidParameterTypeError:
        return InvalidParameterTypeError(
            f"tool {self.name!r} has a static result and no function to call", parameter="fn"
        )

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
            except (ValueError, RecursionError):  # RecursionError: nested too deep
                raise ToolArgumentError("arguments are not valid JSON") from None
        if arguments is None:
            arguments = {}
        if not isinstance(arguments, dict):
            raise ToolArgumentError(f"arguments must be an object, not {type(arguments).__name__}")
        if self._convert is None:
            return [], dict(arguments)
        return self._convert(arguments)

    async def invoke(self, arguments: Any) -> Any:
        """Check the arguments, call the function (sync ones in a worker thread), JSON result."""
        fn = self.__wrapped__
        if fn is None:
            raise self._no_function()
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


def jsonable(value: Any, parameter: str = "result") -> Any:
    """A tool result in JSON form: dataclasses, attrs instances and enums become plain data."""
    try:
        return _plain(value, parameter)
    except RecursionError:  # self-referencing, or nested deeper than Python recurses
        raise InvalidParameterError(
            f"{parameter}: nested too deeply (or contains itself) for a JSON form",
            parameter=parameter,
        ) from None


def _plain(value: Any, parameter: str) -> Any:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, enum.Enum):
        return _plain(value.value, parameter)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name), parameter) for f in dataclasses.fields(value)
        }
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, type):
        return _plain(to_dict(), parameter)
    if attrs.has(type(value)):
        return _plain(attrs.asdict(value, recurse=False), parameter)
    if isinstance(value, Mapping):
        return {str(k): _plain(v, parameter) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v, parameter) for v in value]
    raise InvalidParameterTypeError(
        f"{parameter}: a value of type {type(value).__name__} has no JSON form",
        parameter=parameter,
    )


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
    if not callable(fn):
        raise wrong_type("fn", "a function", fn)
    label = getattr(fn, "__name__", None) or repr(fn)
    summary, notes = parse_docstring(inspect.getdoc(fn))
    try:
        signature = inspect.signature(fn)
        hints = typing.get_type_hints(fn, include_extras=True)
    except (NameError, TypeError, ValueError) as exc:
        raise InvalidParameterTypeError(
            f"tool {label}: cannot read its signature and type hints ({exc}); define the"
            " types they name at module level",
            parameter="fn",
        ) from None
    fields: list[Field] = []
    positional: list[str] = []
    for param in signature.parameters.values():
        if param.kind in (param.VAR_POSITIONAL, param.VAR_KEYWORD):
            raise InvalidParameterTypeError(
                f"tool {label}: *args/**kwargs cannot be described to a model", parameter="fn"
            )
        if param.kind is param.POSITIONAL_ONLY:
            positional.append(param.name)
        try:
            compiled = compile_hint(hints.get(param.name, Any))
        except (NameError, TypeError) as exc:
            raise InvalidParameterTypeError(
                f"tool {label}, parameter {param.name!r}: {exc}", parameter="fn"
            ) from None
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
            Field(
                param.name,
                param.name,
                Compiled(schema, compiled.convert),
                param.default is _NO_DEFAULT,
                param.default,
            )
        )
    obj = compile_object(fields, dict)

    def convert(arguments: Mapping[str, Any]) -> tuple[list[Any], dict[str, Any]]:
        try:
            kwargs = obj.convert(dict(arguments), "")
        except ToolArgumentError as exc:
            raise ToolArgumentError(str(exc).lstrip(": ")) from None
        args = [kwargs.pop(p) for p in positional if p in kwargs]
        return args, kwargs

    return Tool(
        fn,
        name=name or str(getattr(fn, "__name__", "")),
        description=description if description is not None else (summary or label),
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
