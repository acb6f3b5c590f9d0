"""The JSON decoder (``chatbotkit._json``): msgspec when installed, never a different answer.

The dev install has the ``speedups`` extra, so these tests run the msgspec path against
the stdlib: every input gives the stdlib's value or the stdlib's error. The stdlib-only
path (no extra) is checked in a subprocess that hides msgspec, and end to end by
``make check-wheel`` (a clean venv without extras runs the demo).
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chatbotkit import StreamDecodeError
from chatbotkit._json import BACKEND, loads
from chatbotkit._jsonl import decode_line

TRICKY = [
    b'{"a":1,"a":2}',  # duplicate key: the last wins
    b"NaN",
    b"[Infinity, -Infinity]",
    b"1e400",  # overflows to inf in the stdlib
    b"123456789012345678901234567890",  # beyond 64 bits: stays an int
    b"100000000000000000000",  # what JavaScript prints for 1e20
    b"-9223372036854775809",
    b"18446744073709551616",
    b"-0",
    b"-0.0",
    b"1.5e-400",
    b'"\\ud800"',  # a lone surrogate escape
    b'{"a":"\xed\xa0\x80"}',  # a surrogate encoded as UTF-8 bytes
    b'\xef\xbb\xbf{"a":1}',  # a UTF-8 byte order mark
    b' {"a": 1} ',
    b'{"a":1}\n',
    b'"\xff"',  # invalid UTF-8
    b"[1,]",
    b"",
    b'{"a":1} x',
    b'"a\x00b"',
    b'"\t"',
    b"[" * 3000 + b"]" * 3000,  # nesting past the recursion limit
    b"[" * 500 + b"]" * 500,
    b'{"\\u00e9": "\\u2028"}',
]


def stdlib_line(line: bytes) -> Any:
    """What a JSONL line means: the stdlib's reading of it."""
    return json.loads(line.decode())


def outcome(decode: Any, data: bytes) -> tuple[str, Any]:
    """The value (repr, so -0.0, nan and int/float differ) or the error (type and text)."""
    try:
        return ("value", repr(decode(data)))
    except Exception as exc:
        return ("error", (type(exc), str(exc)))


def test_the_dev_install_runs_msgspec() -> None:
    # Otherwise the comparisons below compare the stdlib with itself.
    assert BACKEND == "msgspec"


@pytest.mark.parametrize("data", TRICKY, ids=lambda d: repr(d[:24]))
def test_tricky_input_gives_the_stdlib_answer(data: bytes) -> None:
    assert outcome(loads, data) == outcome(json.loads, data)


@pytest.mark.parametrize("data", TRICKY, ids=lambda d: repr(d[:24]))
def test_tricky_stream_lines_give_the_stdlib_answer(data: bytes) -> None:
    def stdlib(line: bytes) -> Any:
        try:
            return stdlib_line(line)
        except (ValueError, RecursionError) as exc:  # decode_line's typed error, same text
            raise StreamDecodeError("x", line_number=1) from exc

    ours, theirs = outcome(lambda d: decode_line(d, 1), data), outcome(stdlib, data)
    if theirs[0] == "value":
        assert ours == theirs
    else:
        assert ours[0] == "error" and ours[1][0] is StreamDecodeError


def test_big_integers_stay_integers() -> None:
    # A decoder that turned them into floats (orjson does) would corrupt ids and counts.
    value = loads(b'{"n": 123456789012345678901234567890}')["n"]
    assert value == 123456789012345678901234567890 and isinstance(value, int)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(json_values, st.booleans())
def test_any_json_value_decodes_as_the_stdlib_does(value: Any, ascii_only: bool) -> None:
    data = json.dumps(value, ensure_ascii=ascii_only).encode()
    assert outcome(loads, data) == outcome(json.loads, data)
    assert outcome(lambda d: decode_line(d, 1), data) == outcome(stdlib_line, data)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=40))
def test_any_bytes_decode_as_the_stdlib_does(data: bytes) -> None:
    assert outcome(loads, data) == outcome(json.loads, data)


def test_floats_round_trip_exactly() -> None:
    for x in (0.1, 1 / 3, 5e-324, 1.7976931348623157e308, 2.5e-8, 123456.789e12):
        assert loads(repr(x).encode()) == x
    assert math.isnan(loads(b"NaN"))


def test_without_the_extra_the_stdlib_decodes() -> None:
    code = (
        "import sys, json; sys.modules['msgspec'] = None\n"  # as if not installed
        "import chatbotkit._json as j, chatbotkit._jsonl as l\n"
        "assert j.BACKEND == 'json' and j.loads is json.loads, j.BACKEND\n"
        "assert l.FAST is None\n"
        "print(j.loads(b'{\"a\": [1, 2.5]}'), l.decode_line(b'[NaN, 1e400]', 1))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "{'a': [1, 2.5]} [nan, inf]"
