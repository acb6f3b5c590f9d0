from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterable
from typing import Any

import anyio
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chatbotkit._exceptions import StreamDecodeError
from chatbotkit._jsonl import JSONLines, LineDecoder, aiter_json_lines, decode_line

# -- helpers -----------------------------------------------------------------------------------


async def _achunks(chunks: Iterable[bytes]) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


async def _collect(chunks: Iterable[bytes]) -> list[Any]:
    return [value async for value in aiter_json_lines(_achunks(chunks))]


def decode_all(chunks: Iterable[bytes]) -> list[Any]:
    return anyio.run(_collect, list(chunks))


def sync_lines(chunks: Iterable[bytes]) -> list[bytes]:
    decoder = LineDecoder()
    lines = [line for chunk in chunks for line in decoder.feed(chunk)]
    return lines + decoder.flush()


# -- property: any chunking of any JSONL document decodes to the original values ----------------

TRICKY = ["\u2028", "\u2029", "\u0085", "\r", "\n", "\x0b", "\x0c", "\x1c", "é", "😀", '"', "\\"]

texts = st.text(
    alphabet=st.one_of(
        st.sampled_from(TRICKY),
        st.characters(exclude_categories=["Cs"]),  # lone surrogates are not UTF-8-encodable
    ),
    max_size=30,
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    texts,
)
json_values = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(texts, children, max_size=4)
    ),
    max_leaves=12,
)
objects = st.dictionaries(texts, json_values, max_size=5)


@st.composite
def documents(draw: st.DrawFn) -> tuple[list[Any], bytes, list[bytes]]:
    values = draw(st.lists(st.one_of(objects, json_values), max_size=8))
    parts: list[bytes] = []
    for value in values:
        for _ in range(draw(st.integers(0, 2))):  # blank / whitespace-only lines
            parts.append(draw(st.sampled_from([b"", b" ", b"\t", b"\r", b" \t \r"])))
            parts.append(draw(st.sampled_from([b"\n", b"\r\n"])))
        parts.append(json.dumps(value, ensure_ascii=False).encode())
        parts.append(draw(st.sampled_from([b"\n", b"\r\n"])))
    drop_last_newline = draw(st.booleans())
    if parts and drop_last_newline:
        parts.pop()  # no newline after the last line
    data = b"".join(parts)
    cuts = sorted(draw(st.sets(st.integers(0, len(data)), max_size=12)))
    chunks = [data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)], strict=True)]
    return values, data, chunks


@settings(max_examples=300, deadline=None)
@given(documents())
def test_any_chunking_roundtrips(doc: tuple[list[Any], bytes, list[bytes]]) -> None:
    values, data, chunks = doc
    assert b"".join(chunks) == data
    assert decode_all(chunks) == values
    # sync decoder agrees, and lines never contain the separator or a trailing CR
    lines = sync_lines(chunks)
    assert [json.loads(line) for line in lines] == values
    assert all(b"\n" not in line and not line.endswith(b"\r") for line in lines)


@settings(max_examples=100, deadline=None)
@given(documents())
def test_one_byte_chunks(doc: tuple[list[Any], bytes, list[bytes]]) -> None:
    values, data, _ = doc
    assert decode_all(data[i : i + 1] for i in range(len(data))) == values


# -- unit tests ---------------------------------------------------------------------------------


def test_unicode_line_separators_do_not_split() -> None:
    value = {"text": "a\u2028b\u2029c\u0085d"}
    data = json.dumps(value, ensure_ascii=False).encode() + b"\n"
    assert "\u2028" in data.decode()  # really unescaped
    assert decode_all([data]) == [value]


def test_empty_stream() -> None:
    assert decode_all([]) == []
    assert decode_all([b""]) == []
    assert decode_all([b"", b"\n", b"  \r\n", b"\n\n"]) == []


def test_many_lines_in_one_chunk_and_split_lines() -> None:
    chunks = [b'{"a": 1}\n{"a"', b": 2}\r\n\n", b'{"a": 3}']
    assert decode_all(chunks) == [{"a": 1}, {"a": 2}, {"a": 3}]


def test_only_one_trailing_cr_is_stripped() -> None:
    decoder = LineDecoder()
    assert decoder.feed(b"1\r\r\n2\r\n") == [b"1\r", b"2"]


def test_lone_cr_is_not_a_line_break() -> None:
    with pytest.raises(StreamDecodeError) as info:
        decode_all([b'{"a": 1}\r{"b": 2}\n'])
    assert info.value.line_number == 1


def test_multibyte_char_split_across_chunks() -> None:
    data = json.dumps({"e": "é😀"}, ensure_ascii=False).encode() + b"\n"
    start = data.index("😀".encode())
    chunks = [data[: start + 1], data[start + 1 : start + 3], data[start + 3 :]]
    assert decode_all(chunks) == [{"e": "é😀"}]


async def test_line_numbers_count_blank_lines() -> None:
    decoder = LineDecoder()
    assert decoder.feed(b'\n{"a":1}\r\n  \n{"b"') == [b'{"a":1}']
    assert decoder.line_number == 3
    assert decoder.feed(b":2}\n\n") == [b'{"b":2}'] and decoder.flush() == []
    assert decoder.feed(b"7") == [] and decoder.flush() == [b"7"]
    assert decoder.line_number == 6

    async def chunks() -> AsyncIterator[bytes]:
        for chunk in (b'\n{"a":1}\r\n  \n{"b"', b":2}\n\n", b"7"):
            yield chunk

    lines = JSONLines(chunks())
    seen = [(value, lines.last_line()) async for value in lines]
    assert seen == [
        ({"a": 1}, (2, b'{"a":1}')),
        ({"b": 2}, (4, b'{"b":2}')),
        (7, (6, b"7")),
    ]


def test_malformed_line_reports_line_number_and_excerpt() -> None:
    bad = b'{"message": "hello", "oops' + b"x" * 200
    chunks = [b'{"ok": 1}\n\n{"ok": 2}\n', bad + b"\n", b'{"never": 1}\n']

    async def main() -> tuple[list[Any], StreamDecodeError]:
        seen: list[Any] = []
        with pytest.raises(StreamDecodeError) as info:
            async for value in aiter_json_lines(_achunks(chunks)):
                seen.append(value)
        return seen, info.value

    seen, err = anyio.run(main)
    assert seen == [{"ok": 1}, {"ok": 2}]  # values before the bad line are delivered
    assert err.line_number == 4
    assert err.excerpt.startswith('{"message": "hello", "oops')
    assert len(err.excerpt) <= 80
    assert "line 4" in str(err)
    assert isinstance(err.__cause__, ValueError)


def test_malformed_last_line_without_newline() -> None:
    with pytest.raises(StreamDecodeError) as info:
        decode_all([b'{"a": 1}\n{"a": '])
    assert info.value.line_number == 2


def test_invalid_utf8() -> None:
    with pytest.raises(StreamDecodeError) as info:
        decode_all([b'{"a": 1}\n', b'{"a": "\xff\xfe"}\n'])
    err = info.value
    assert err.line_number == 2
    assert "UTF-8" in str(err)
    assert isinstance(err.__cause__, UnicodeDecodeError)
    assert err.excerpt == '{"a": "\ufffd\ufffd"}'


def test_deep_nesting_is_a_decode_error() -> None:
    with pytest.raises(StreamDecodeError):
        decode_line(b"[" * 200_000 + b"]" * 200_000, 1)


def test_huge_line_in_one_byte_chunks() -> None:
    value = {"text": "é" * 50_000 + "\u2028" + "z" * 50_000}
    data = json.dumps(value, ensure_ascii=False).encode() + b"\n"
    assert decode_all(data[i : i + 1] for i in range(len(data))) == [value]


def test_huge_line_is_linear() -> None:
    # 8 MB in 64 KB chunks: a quadratic buffer would copy ~500 MB and take seconds.
    piece = b"a" * 65536
    decoder = LineDecoder()
    for _ in range(128):
        assert decoder.feed(piece) == []
    assert len(decoder._pieces) == 128  # kept as pieces, joined once
    (line,) = decoder.feed(b"\n")
    assert len(line) == 128 * 65536


def test_iterator_does_not_need_closing() -> None:
    async def main() -> Any:
        stream = aiter_json_lines(_achunks([b"1\n2\n3\n"]))
        async for value in stream:
            return value
        return None

    assert anyio.run(main) == 1


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_backends(backend: str) -> None:
    assert anyio.run(_collect, [b"1\n", b"[2]\n"], backend=backend) == [1, [2]]


async def test_reading_a_closed_body_is_a_usage_error() -> None:
    """``BodyChunks.next_chunk`` is the byte iterator's own ``__anext__`` while open; once
    closed (directly, or by the JSONL reader over it), reading is a UsageError, not an end."""
    import httpx

    from chatbotkit._body import BodyChunks, body_lines
    from chatbotkit._exceptions import UsageError

    def response() -> httpx.Response:
        request = httpx.Request("GET", "http://127.0.0.1/x", extensions={"timeout": {}})
        return httpx.Response(200, content=_achunks([b"1\n", b"2\n", b"3\n"]), request=request)

    chunks = BodyChunks(response())
    assert await chunks.__anext__() == b"1\n"
    await chunks.aclose()
    with pytest.raises(UsageError, match="closed"):
        await chunks.__anext__()

    lines = body_lines(response(), max_line_size=100, now=lambda: 0.0)
    assert await lines.__anext__() == 1
    await lines.close()
    with pytest.raises(UsageError, match="closed"):
        await lines.__anext__()
