"""Load the OpenAPI document and turn its paths into the emulator's route table.

The loader accepts the project's ``openapi.yaml`` (with ``$ref``s) or the published
JSON spec (refs already inlined, with non-standard ``$$ref`` markers), resolves local
refs once with a cycle guard, and parses every path into the API's action grammar.
Which document: ``spec=``, else ``$CHATBOTKIT_EMULATOR_SPEC``, else the packaged
``openapi.json`` (``openapi.yaml`` as JSON, written by ``make generate``), so an installed
wheel needs no repository. A bad override is one ``SpecError`` naming the path and problem.
"""

from __future__ import annotations

import gc
import json
import os
import re
import threading
from collections.abc import Iterator, Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

Schema = dict[str, Any]

SPEC_ENV = "CHATBOTKIT_EMULATOR_SPEC"
PACKAGED_SPEC = "openapi.json"
"""Package data: ``openapi.yaml`` as compact JSON, written by ``make generate``."""
_METHODS = ("get", "post", "put", "patch", "delete")
_PARAM = re.compile(r"^\{([^{}]+)\}$")


class SpecError(Exception):
    """The OpenAPI document is missing or cannot be used."""


@attrs.define(frozen=True)
class Route:
    """One operation, parsed into collection, parent chain and action.

    ``/dataset/{datasetId}/record/{recordId}/update`` becomes collection
    ``dataset.record`` with parents ``(("dataset", "datasetId"),)``, ``id_param``
    ``recordId`` and action ``update``.
    """

    method: str
    path: str
    operation_id: str
    collection: str
    parents: tuple[tuple[str, str], ...]
    id_param: str | None
    action: str
    extra_params: tuple[str, ...]
    request_schema: Schema | None
    request_types: tuple[str, ...]
    response_schema: Schema | None
    stream_schema: Schema | None
    response_types: tuple[str, ...]
    query: Mapping[str, Schema]

    @property
    def is_list(self) -> bool:
        """Whether the action pages through a collection (list and export)."""
        return self.action in ("list", "export") and self.id_param is None

    @property
    def streams(self) -> bool:
        """Whether the operation can answer ``application/jsonl``."""
        return self.stream_schema is not None


@attrs.define
class _Template:
    """A path template compiled for matching, with the routes per method."""

    path: str
    segments: tuple[str | None, ...]  # None marks a parameter
    names: tuple[str, ...]
    greedy_tail: bool
    routes: dict[str, Route]


@attrs.define
class Spec:
    """A loaded spec: the raw document, its resolved operations and the route table."""

    source: Path
    document: Mapping[str, Any]
    routes: tuple[Route, ...]
    _by_length: dict[int, list[_Template]]
    _greedy: list[_Template]
    _by_operation: dict[str, Route]

    def operation(self, operation_id: str) -> Route:
        """The route for an operationId (KeyError if the spec has none)."""
        return self._by_operation[operation_id]

    def collections(self) -> set[str]:
        """Names of every collection any route touches."""
        return {r.collection for r in self.routes}

    def match(self, path: str) -> tuple[_Template, dict[str, str]] | None:
        """Find the template for a request path (without the ``/v1`` prefix)."""
        parts = [p for p in path.split("/") if p != ""]
        best: tuple[int, _Template, dict[str, str]] | None = None
        for tpl in self._by_length.get(len(parts), ()):
            params = _match_segments(tpl, parts)
            if params is not None:
                score = sum(1 for s in tpl.segments if s is not None)
                if best is None or score > best[0]:
                    best = (score, tpl, params)
        if best is None:
            for tpl in self._greedy:
                n = len(tpl.segments)
                if len(parts) >= n:
                    params = _match_segments(tpl, [*parts[: n - 1], "/".join(parts[n - 1 :])])
                    if params is not None:
                        best = (0, tpl, params)
                        break
        return None if best is None else (best[1], best[2])


def _match_segments(tpl: _Template, parts: list[str]) -> dict[str, str] | None:
    params: dict[str, str] = {}
    names = iter(tpl.names)
    for seg, part in zip(tpl.segments, parts, strict=True):
        if seg is None:
            params[next(names)] = part
        elif seg != part:
            return None
    return params


# --------------------------------------------------------------------- loading


_cache: dict[tuple[str, float], Spec] = {}
_cache_lock = threading.Lock()


def find_spec_path(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The override to load: the argument, else ``$CHATBOTKIT_EMULATOR_SPEC``, else None.

    None means the packaged spec (``openapi.json`` beside this module).
    """
    chosen = explicit if explicit is not None else (os.environ.get(SPEC_ENV) or None)
    return None if chosen is None else Path(chosen)


def load_spec(path: str | os.PathLike[str] | None = None) -> Spec:
    """Load, resolve and index a spec (override or packaged); cached per file and mtime."""
    source = find_spec_path(path)
    if source is None:
        key: tuple[str, float] = (PACKAGED_SPEC, 0.0)
    else:
        try:
            key = (str(source.resolve()), source.stat().st_mtime)
        except OSError as exc:
            raise SpecError(f"{source}: cannot read the OpenAPI spec ({_reason(exc)})") from None
    with _cache_lock:
        cached = _cache.get(key)
        if cached is None:
            cached = _cache[key] = _load(source)
        return cached


def _load(source: Path | None) -> Spec:
    """Parse and index; the cyclic GC is paused meanwhile (it doubles YAML parse time)."""
    name = f"{source}" if source is not None else f"{__package__}/{PACKAGED_SPEC} (packaged)"
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(Path(name), _read(source, name))
    except SpecError as exc:
        message = str(exc)
        raise SpecError(message if message.startswith(name) else f"{name}: {message}") from None
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise SpecError(f"{name}: not a usable OpenAPI document ({exc!r})") from exc
    finally:
        if was_enabled:
            gc.enable()


def _read(source: Path | None, name: str) -> Mapping[str, Any]:
    """The parsed document: JSON (the packaged spec, ``.json`` files) or YAML."""
    try:
        if source is None:
            text = (resources.files(__package__) / PACKAGED_SPEC).read_text(encoding="utf-8")
        else:
            text = source.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"{name}: cannot read the OpenAPI spec ({_reason(exc)})") from None
    if source is None or source.suffix == ".json" or text.lstrip().startswith("{"):
        try:
            doc = json.loads(text)
        except ValueError as exc:
            raise SpecError(f"{name}: invalid JSON ({exc})") from None
    else:
        doc = _parse_yaml(text, name)
    if not isinstance(doc, dict) or not isinstance(doc.get("paths"), dict):
        raise SpecError(f"{name}: not an OpenAPI document (no paths)")
    return doc


def _parse_yaml(text: str, name: str) -> Any:
    import yaml  # only YAML override files need it (an emulator-extra dependency)

    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        raise SpecError(f"{name}: invalid YAML ({' '.join(str(exc).split())})") from None


def _reason(exc: BaseException) -> str:
    """``No such file or directory`` rather than a repr with errno and path."""
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


class _Resolver:
    """Resolve local ``$ref``s, sharing one resolved object per target.

    A ref met again while its own target is still being resolved gets the
    (partially built) shared object, so recursive schemas become cyclic dicts
    instead of recursing forever. Non-standard ``$$`` keys are dropped.
    """

    def __init__(self, document: Mapping[str, Any]) -> None:
        self._doc = document
        self._done: dict[str, Any] = {}

    def target(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise SpecError(f"only local $refs are supported, got {ref!r}")
        node: Any = self._doc
        for raw in ref[2:].split("/"):
            part = raw.replace("~1", "/").replace("~0", "~")
            if isinstance(node, list):
                node = node[int(part)]
            elif isinstance(node, dict) and part in node:
                node = node[part]
            else:
                raise SpecError(f"unresolvable $ref {ref!r}")
        return node

    def resolve(self, node: Any) -> Any:
        if isinstance(node, list):
            return [self.resolve(item) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref in self._done:
                return self._done[ref]
            raw = self.target(ref)
            if not isinstance(raw, dict):
                value = self.resolve(raw)
                self._done[ref] = value
                return value
            shared: dict[str, Any] = {}
            self._done[ref] = shared
            shared.update(self.resolve(raw))
            return shared
        return {
            str(k): self.resolve(v)
            for k, v in node.items()
            if not (isinstance(k, str) and k.startswith("$$"))
        }


def _build(source: Path, document: Mapping[str, Any]) -> Spec:
    resolver = _Resolver(document)
    routes: list[Route] = []
    templates: dict[str, _Template] = {}
    for path, item in document["paths"].items():
        if not isinstance(item, dict):
            continue
        item = resolver.resolve(item)
        shared_params = item.get("parameters", [])
        for method in _METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            route = _route(str(path), method, op, shared_params)
            routes.append(route)
            tpl = templates.get(route.path)
            if tpl is None:
                tpl = templates[route.path] = _template(route.path)
            tpl.routes[method.upper()] = route
    by_length: dict[int, list[_Template]] = {}
    greedy: list[_Template] = []
    for tpl in templates.values():
        by_length.setdefault(len(tpl.segments), []).append(tpl)
        if tpl.greedy_tail:
            greedy.append(tpl)
    return Spec(
        source=source,
        document=document,
        routes=tuple(routes),
        by_length=by_length,
        greedy=greedy,
        by_operation={r.operation_id: r for r in routes},
    )


def _template(path: str) -> _Template:
    segments: list[str | None] = []
    names: list[str] = []
    for part in (p for p in path.split("/") if p):
        m = _PARAM.match(part)
        if m:
            segments.append(None)
            names.append(m.group(1))
        else:
            segments.append(part)
    greedy = bool(segments) and segments[-1] is None and len(segments) > 1
    return _Template(path, tuple(segments), tuple(names), greedy, {})


def parse_path(
    path: str,
) -> tuple[str, tuple[tuple[str, str], ...], str | None, str, tuple[str, ...]]:
    """Split a path into (collection, parents, id param, action, extra params)."""
    chain: list[tuple[str, str]] = []
    statics: list[str] = []
    current = ""
    for part in (p for p in path.split("/") if p):
        m = _PARAM.match(part)
        if m is None:
            statics.append(part)
            continue
        if not statics:  # two params in a row: treat as an argument
            chain.append((current, m.group(1)))
            continue
        current = ".".join(filter(None, [current, *statics]))
        chain.append((current, m.group(1)))
        statics = []
    extra: tuple[str, ...] = ()
    if not statics:
        # Path ends with a parameter (``/space/{id}/storage/copy/{path}``): the last
        # static before it is the action and the parameter is an argument.
        coll, param = chain.pop()
        head, _, action = coll.rpartition(".")
        if chain and head == chain[-1][0]:  # ``/bot/{botId}/verb/{arg}``: verb on the bot
            coll_name, id_param = chain.pop()
            return coll_name, tuple(chain), id_param, action, (param,)
        return head or action, tuple(chain), None, action, (param,)
    action = statics[-1]
    rest = statics[:-1]
    if rest:
        collection = ".".join(filter(None, [current, *rest]))
        return collection, tuple(chain), None, action, extra
    if chain:
        coll_name, id_param = chain.pop()
        return coll_name, tuple(chain), id_param, action, extra
    return "", (), None, action, extra


def _route(path: str, method: str, op: Mapping[str, Any], shared: list[Any]) -> Route:
    collection, parents, id_param, action, extra = parse_path(path)
    query: dict[str, Schema] = {}
    for param in [*shared, *op.get("parameters", [])]:
        if not isinstance(param, dict) or "name" not in param or "in" not in param:
            continue  # the published spec carries one broken parameter object
        if param["in"] == "query":
            query[str(param["name"])] = dict(param.get("schema") or {})
    body = op.get("requestBody") or {}
    content = body.get("content") or {}
    request_schema = (content.get("application/json") or {}).get("schema")
    responses = {str(k): v for k, v in (op.get("responses") or {}).items()}
    ok = responses.get("200") or {}
    ok_content = ok.get("content") or {}
    response_schema = (ok_content.get("application/json") or {}).get("schema")
    stream_schema = (ok_content.get("application/jsonl") or {}).get("schema")
    operation_id = str(op.get("operationId") or f"{method}:{path}")
    return Route(
        method=method.upper(),
        path=path,
        operation_id=operation_id,
        collection=collection,
        parents=parents,
        id_param=id_param,
        action=action,
        extra_params=extra,
        request_schema=request_schema if isinstance(request_schema, dict) else None,
        request_types=tuple(content),
        response_schema=response_schema if isinstance(response_schema, dict) else None,
        stream_schema=stream_schema if isinstance(stream_schema, dict) else None,
        response_types=tuple(ok_content),
        query=query,
    )


def iter_properties(schema: Schema | None) -> Iterator[tuple[str, Schema]]:
    """Properties of an object schema, including those of allOf/oneOf/anyOf parts."""
    if not isinstance(schema, dict):
        return
    seen: set[str] = set()
    stack = [schema]
    while stack:
        node = stack.pop(0)
        for name, sub in (node.get("properties") or {}).items():
            if name not in seen and isinstance(sub, dict):
                seen.add(name)
                yield name, sub
        for key in ("allOf", "oneOf", "anyOf"):
            stack.extend(s for s in node.get(key, ()) if isinstance(s, dict))
