"""``chatbotkit.tool``: JSON Schema from type hints, and model arguments checked and converted."""

from __future__ import annotations

import dataclasses
import enum
from typing import Annotated, Any, Literal, Optional, TypedDict, Union

import anyio
import attrs
import pytest

import chatbotkit
from chatbotkit._schema import ToolArgumentError, compile_hint, parse_docstring


class Color(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


class Address(TypedDict):
    city: str
    zip: int


class PartialAddress(TypedDict, total=False):
    city: str


@dataclasses.dataclass
class Item:
    sku: str
    qty: int = 1


@attrs.define
class Order:
    items: list[Item]
    note: str | None = None


@attrs.define
class Node:
    child: Node | None = None


OBJECT = {"additionalProperties": False, "type": "object"}

# hint, schema, a valid JSON value, what it converts to
CASES: list[tuple[Any, dict[str, Any], Any, Any]] = [
    (str, {"type": "string"}, "a", "a"),
    (int, {"type": "integer"}, 2.0, 2),
    (float, {"type": "number"}, 2, 2.0),
    (bool, {"type": "boolean"}, True, True),
    (None, {"type": "null"}, None, None),
    (Any, {}, {"x": [1]}, {"x": [1]}),
    (list, {"type": "array"}, [1, "a"], [1, "a"]),
    (list[int], {"type": "array", "items": {"type": "integer"}}, [1, 2], [1, 2]),
    (tuple[str, ...], {"type": "array", "items": {"type": "string"}}, ["a"], ("a",)),
    (set[int], {"type": "array", "items": {"type": "integer"}}, [1, 1], {1}),
    (dict, {"type": "object"}, {"a": 1}, {"a": 1}),
    (
        dict[str, float],
        {"type": "object", "additionalProperties": {"type": "number"}},
        {"a": 1},
        {"a": 1.0},
    ),
    (Literal["a", "b"], {"type": "string", "enum": ["a", "b"]}, "b", "b"),
    (Literal[1, "x"], {"enum": [1, "x"]}, 1, 1),
    (Color, {"type": "string", "enum": ["red", "blue"]}, "blue", Color.BLUE),
    (Level, {"type": "integer", "enum": [1, 2]}, 2, Level.HIGH),
    (Optional[int], {"type": ["integer", "null"]}, None, None),  # noqa: UP045  (the spelling users write)
    (int | str, {"type": ["integer", "string"]}, "7", "7"),
    (
        Union[list[int], None],  # noqa: UP007
        {"anyOf": [{"type": "array", "items": {"type": "integer"}}, {"type": "null"}]},
        [3],
        [3],
    ),
    (Annotated[str, "the city"], {"type": "string", "description": "the city"}, "x", "x"),
    (
        Address,
        {
            **OBJECT,
            "properties": {"city": {"type": "string"}, "zip": {"type": "integer"}},
            "required": ["city", "zip"],
        },
        {"city": "Oslo", "zip": 1},
        {"city": "Oslo", "zip": 1},
    ),
    (PartialAddress, {**OBJECT, "properties": {"city": {"type": "string"}}}, {}, {}),
    (
        Item,
        {
            **OBJECT,
            "properties": {"sku": {"type": "string"}, "qty": {"type": "integer"}},
            "required": ["sku"],
        },
        {"sku": "s"},
        Item("s"),
    ),
    (
        Order,
        {
            **OBJECT,
            "properties": {
                "items": {
                    "type": "array",
                    "items": {
                        **OBJECT,
                        "properties": {"sku": {"type": "string"}, "qty": {"type": "integer"}},
                        "required": ["sku"],
                    },
                },
                "note": {"type": ["string", "null"]},
            },
            "required": ["items"],
        },
        {"items": [{"sku": "s", "qty": 2}]},
        Order([Item("s", 2)]),
    ),
]


@pytest.mark.parametrize(("hint", "schema", "value", "converted"), CASES)
def test_schema_and_conversion_of_every_supported_hint(
    hint: Any, schema: dict[str, Any], value: Any, converted: Any
) -> None:
    compiled = compile_hint(hint)
    assert compiled.schema == schema
    result = compiled.convert(value, "x")
    assert result == converted and type(result) is type(converted)


@pytest.mark.parametrize(
    ("hint", "value", "message"),
    [
        (str, 1, "x: expected a string, got 1"),
        (int, True, "x: expected an integer, got true"),
        (int, 1.5, "x: expected an integer, got 1.5"),
        (bool, "yes", 'x: expected a boolean, got "yes"'),
        (list[int], [1, "2"], 'x[1]: expected an integer, got "2"'),
        (Literal["a"], "b", 'x: expected one of ["a"], got "b"'),
        (Color, "green", 'x: expected one of ["red", "blue"], got "green"'),
        (Optional[int], "1", 'x: expected an integer or a null, got "1"'),  # noqa: UP045
        (Address, {"city": "c"}, "x: missing required field(s) zip"),
        (Address, {"city": "c", "zip": 1, "extra": 1}, "x: unexpected field(s) extra"),
        (Order, {"items": [{"sku": 1}]}, "x.items[0].sku: expected a string, got 1"),
        (dict[str, int], [], "x: expected an object, got []"),
    ],
)
def test_conversion_errors_name_the_path(hint: Any, value: Any, message: str) -> None:
    with pytest.raises(ToolArgumentError) as info:
        compile_hint(hint).convert(value, "x")
    assert str(info.value) == message


def test_hostile_arguments_are_refused_as_tool_argument_errors() -> None:
    def f(n: int) -> int:
        return n

    lookup = chatbotkit.tool(f)
    assert lookup.convert_arguments({"n": 10**400}) == ([], {"n": 10**400})
    assert lookup.convert_arguments({"n": 3.0}) == ([], {"n": 3})
    with pytest.raises(ToolArgumentError, match="not valid JSON"):
        lookup.convert_arguments("[" * 100_000)  # nested past the recursion limit


@pytest.mark.parametrize(
    ("hint", "message"),
    [
        (Node, "refers to itself"),
        (tuple[int, str], "fixed-length tuples"),
        (dict[int, str], "keys are strings"),
        (complex, "has no JSON Schema"),
    ],
)
def test_unsupported_hints_are_refused_when_the_tool_is_made(hint: Any, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        compile_hint(hint)


def test_a_decorated_function_keeps_working_and_describes_itself() -> None:
    @chatbotkit.tool
    def lookup(order_id: str, /, limit: int = 5, *, verbose: bool = False) -> dict[str, Any]:
        """Look up an order.

        More prose that is not the summary.

        Args:
            order_id: The order's id.
            limit: How many lines
                to show.
        """
        return {"id": order_id, "limit": limit, "verbose": verbose}

    assert lookup("A", limit=2) == {"id": "A", "limit": 2, "verbose": False}
    assert lookup.__name__ == "lookup" and lookup.__doc__ is not None
    assert lookup.definition("lookup_0123456789abcdef") == {
        "name": "lookup",
        "description": "Look up an order. More prose that is not the summary.",
        "parameters": {
            "type": "object",
            "properties": {
                "order_id": {"type": "string", "description": "The order's id."},
                "limit": {
                    "type": "integer",
                    "description": "How many lines to show.",
                    "default": 5,
                },
                "verbose": {"type": "boolean", "default": False},
            },
            "required": ["order_id"],
            "additionalProperties": False,
        },
        "result": {"channel": "lookup_0123456789abcdef"},
    }
    assert lookup.convert_arguments('{"order_id": "A", "verbose": true}') == (
        ["A"],
        {"verbose": True},
    )


def test_options_override_the_derived_definition() -> None:
    schema = {"type": "object", "properties": {"q": {"type": "string", "minLength": 2}}}

    @chatbotkit.tool(name="search_docs", description="Search.", parameters=schema, mode="activity")
    async def search(q: str) -> list[str]:
        return [q]

    definition = search.definition("ignored_for_activity_tools")
    assert definition == {"name": "search_docs", "description": "Search.", "parameters": schema}
    assert anyio.run(search.invoke, {"q": "hi"}) == ["hi"]
    with pytest.raises(ToolArgumentError, match="q: expected a string"):
        anyio.run(search.invoke, {"q": 3})


def test_the_constructor_form_wraps_a_function_defined_elsewhere() -> None:
    def area(width: float, height: float = 1.0) -> float:
        return width * height

    made = chatbotkit.tool(area, name="rectangle_area", description="Area.", timeout=2)
    assert (made.name, made.description, made.timeout) == ("rectangle_area", "Area.", 2)
    assert made(2, 3) == 6
    assert made.parameters["required"] == ["width"]
    assert anyio.run(made.invoke, {"width": 2}) == 2.0


def test_static_tool_definition() -> None:
    policy = chatbotkit.Tool.static("policy", "Refund policy", Item("s"))
    assert policy.definition("x") == {
        "name": "policy",
        "description": "Refund policy",
        "parameters": {"type": "object", "properties": {}},
        "result": {"data": {"sku": "s", "qty": 1}},
    }


def test_sync_tools_run_in_a_worker_thread_and_results_become_json() -> None:
    import threading

    @chatbotkit.tool
    def where() -> Order:
        """Which thread."""
        return Order([Item(threading.current_thread().name)], note=None)

    result = anyio.run(where.invoke, {})
    assert result["items"][0]["sku"] != threading.current_thread().name
    assert result == {"items": [{"sku": result["items"][0]["sku"], "qty": 1}], "note": None}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"name": "has space"}, "JavaScript identifier"),
        ({"name": "x" * 65}, "JavaScript identifier"),
        ({"mode": "sometimes"}, "mode must be"),
        ({"timeout": 0}, "timeout must be a positive"),
        ({"parameters": {"type": "array"}}, "object schema"),
    ],
)
def test_bad_options_are_refused(kwargs: dict[str, Any], message: str) -> None:
    def fine() -> None: ...

    with pytest.raises(chatbotkit.InvalidParameterError, match=message):
        chatbotkit.tool(**kwargs)(fine)


def test_var_args_are_refused() -> None:
    def f(*args: int) -> None: ...

    with pytest.raises(TypeError, match=r"\*args"):
        chatbotkit.tool(f)


def test_docstring_styles() -> None:
    assert parse_docstring(
        """Summary line.

        :param a: first
        :param int b: second
        :returns: nothing
        """
    ) == ("Summary line.", {"a": "first", "b": "second"})
    assert parse_docstring(None) == ("", {})


def test_tools_and_runs_are_typed_for_mypy_strict() -> None:
    import subprocess
    import sys

    from tests._paths import ROOT

    result = subprocess.run(  # one run for both files: mypy is the slow part
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "tests/typing/agents.py",
            "tests/typing/agents_wrong.py",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 1, result.stdout
    assert "agents.py:" not in result.stdout.replace("agents_wrong.py:", ""), result.stdout
    for line in (15, 16, 17):
        assert f"agents_wrong.py:{line}: error" in result.stdout, result.stdout


def test_self_referencing_or_too_deep_data_is_a_typed_error() -> None:
    looped: dict[str, Any] = {}
    looped["self"] = looped
    with pytest.raises(chatbotkit.InvalidParameterError, match="data: nested too deeply"):
        chatbotkit.Tool.static("f", "d", data=looped)
    deep: list[Any] = []
    for _ in range(100_000):
        deep = [deep]

    async def result() -> Any:
        return deep

    with pytest.raises(chatbotkit.InvalidParameterError, match="result: nested too deeply"):
        anyio.run(chatbotkit.tool(result).invoke, {})
