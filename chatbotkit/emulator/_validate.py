"""A small OpenAPI 3.0 schema checker and a response filler.

``check`` reports the first problem as ``"<field path>: <problem>"`` so a 400 names
the offending field. It is deliberately lenient where the published spec is loose:
unknown fields are allowed and ``oneOf`` is treated as ``anyOf`` (the spec's
``oneOf`` alternatives overlap). ``fill`` builds a value matching a response schema
from what the emulator knows (the stored record, the request body, the id).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from ._store import now_ms

Schema = Mapping[str, Any]
_MAX_DEPTH = 24


@lru_cache(maxsize=512)
def _pattern(text: str) -> re.Pattern[str] | None:
    try:
        return re.compile(text)
    except re.error:
        return None


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _type_ok(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    if kind == "null":
        return value is None
    return True


def check(value: Any, schema: Schema | None, path: str = "", depth: int = 0) -> str | None:
    """Return ``None`` if ``value`` satisfies ``schema``, else the first problem."""
    if not isinstance(schema, Mapping) or not schema or depth > _MAX_DEPTH:
        return None
    where = path or "body"
    if value is None and schema.get("nullable"):
        return None
    for sub in schema.get("allOf", ()):
        problem = check(value, sub, path, depth + 1)
        if problem:
            return problem
    for key in ("oneOf", "anyOf"):
        alternatives = [s for s in schema.get(key, ()) if isinstance(s, Mapping)]
        if alternatives:
            problems = [check(value, s, path, depth + 1) for s in alternatives]
            if all(problems):
                return problems[0]
    kind = schema.get("type")
    if isinstance(kind, str) and not _type_ok(value, kind):
        if value is None:
            return f"{where}: must not be null"
        return f"{where}: expected {kind}"
    enum = schema.get("enum")
    if isinstance(enum, list) and value not in enum:
        return f"{where}: expected one of {', '.join(str(e) for e in enum)}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        minimum, maximum = schema.get("minimum"), schema.get("maximum")
        if isinstance(minimum, int | float) and value < minimum:
            return f"{where}: must be >= {minimum}"
        if isinstance(maximum, int | float) and value > maximum:
            return f"{where}: must be <= {maximum}"
    if isinstance(value, str):
        pattern = schema.get("pattern")
        compiled = _pattern(pattern) if isinstance(pattern, str) else None
        if compiled is not None and compiled.search(value) is None:
            return f"{where}: does not match {pattern}"
        min_len, max_len = schema.get("minLength"), schema.get("maxLength")
        if isinstance(min_len, int) and len(value) < min_len:
            return f"{where}: shorter than {min_len}"
        if isinstance(max_len, int) and len(value) > max_len:
            return f"{where}: longer than {max_len}"
    if isinstance(value, dict):
        props = schema.get("properties") or {}
        for name in schema.get("required", ()):
            if name not in value and name in props:
                return f"{_join(path, name)}: is required"
        for name, sub in props.items():
            if name in value:
                problem = check(value[name], sub, _join(path, name), depth + 1)
                if problem:
                    return problem
        extra = schema.get("additionalProperties")
        if isinstance(extra, Mapping) and extra:
            for name, item in value.items():
                if name not in props:
                    problem = check(item, extra, _join(path, name), depth + 1)
                    if problem:
                        return problem
    if isinstance(value, list):
        items = schema.get("items")
        if isinstance(items, Mapping):
            for index, item in enumerate(value):
                problem = check(item, items, f"{path or 'body'}[{index}]", depth + 1)
                if problem:
                    return problem
    return None


def _props(schema: Schema) -> tuple[dict[str, Schema], list[str]]:
    """Own plus allOf/first-oneOf/first-anyOf properties and required names."""
    props: dict[str, Schema] = {}
    required: list[str] = []
    parts: list[Schema] = [schema, *schema.get("allOf", ())]
    for key in ("oneOf", "anyOf"):
        alts = [s for s in schema.get(key, ()) if isinstance(s, Mapping)]
        if alts:
            parts.append(alts[0])
    for part in parts:
        if not isinstance(part, Mapping):
            continue
        for name, sub in (part.get("properties") or {}).items():
            props.setdefault(name, sub)
        required.extend(r for r in part.get("required", ()) if r not in required)
    return props, required


def _is_object(schema: Schema) -> bool:
    return schema.get("type") == "object" or "properties" in schema


def default_for(
    schema: Schema | None, name: str = "", context: Mapping[str, Any] | None = None, depth: int = 0
) -> Any:
    """A plausible value of ``schema`` for a missing field called ``name``."""
    if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
        return None
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        return enum[0]
    alts = [s for s in schema.get("oneOf", schema.get("anyOf", ())) if isinstance(s, Mapping)]
    kind = schema.get("type")
    if kind is None and alts and not _is_object(schema):
        return default_for(alts[0], name, context, depth + 1)
    if kind == "string":
        if schema.get("format") == "date-time":
            return datetime.now(timezone.utc).isoformat().replace("+00:00", "Z")
        if name == "id" or name.endswith("Id"):
            found = (context or {}).get(name)
            return found if isinstance(found, str) else ""
        if name == "token":
            return "emu_" + uuid.uuid4().hex
        return ""
    if kind in ("number", "integer"):
        if name.endswith("At"):
            return now_ms()
        minimum = schema.get("minimum")
        return minimum if isinstance(minimum, int | float) else 0
    if kind == "boolean":
        return False
    if kind == "array":
        return []
    if _is_object(schema):
        return fill(schema, {}, depth + 1)
    return None


def fill(schema: Schema | None, context: Mapping[str, Any], depth: int = 0) -> Any:
    """Build an object for ``schema`` taking matching fields from ``context``.

    Properties present in ``context`` with a fitting value are copied; required ones
    that are missing are synthesised. Non-object schemas fall back to ``default_for``.
    """
    if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
        return dict(context)
    if not _is_object(schema) and not any(k in schema for k in ("oneOf", "anyOf", "allOf")):
        return default_for(schema, "", context, depth)
    props, required = _props(schema)
    out: dict[str, Any] = {}
    for name, sub in props.items():
        if name in context and check(context[name], sub) is None:
            out[name] = context[name]
        elif name in required:
            out[name] = default_for(sub, name, context, depth + 1)
    return out


def conform(record: Mapping[str, Any], schema: Schema | None, depth: int = 0) -> dict[str, Any]:
    """A copy of ``record`` with every missing required field of ``schema`` added."""
    out = dict(record)
    if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
        return out
    props, required = _props(schema)
    for name in required:
        if name not in out and name in props:
            out[name] = default_for(props[name], name, record, depth + 1)
    return out
