"""Turn ChatBotKit's published OpenAPI document into this project's ``openapi.yaml``.

The published document is "resolved": every ``$ref`` is inlined and marked with a
non-standard ``$$ref`` key, and it has a few defects that break code generators. This
script keeps the API's facts (paths, parameters, schemas, enums, required fields,
operationIds, tags) and rebuilds a clean, valid OpenAPI 3.0 document:

* ``$$ref``-marked subtrees become ``$ref``s again; subtrees marked with a path pointer
  (a list's item schema reused by its JSONL stream, a completion result reused by its
  ``result`` event) become named components.
* ``application/jsonl`` responses become named ``<Stem>Event`` unions with one
  component per event type, so the SDK can parse each event into its own model.
* A ``oneOf`` whose members are inline objects is hoisted member by member; an object
  with its own properties and a ``oneOf`` of optional-only objects becomes an ``allOf``.
* Defects are fixed by rule: repeated names in ``required`` lists are merged (a
  validator rejects them), parameters without ``name``/``in`` are dropped, every
  ``{param}`` in a path is a required path parameter, ``default`` responses that hold a
  schema where a response object belongs are dropped, ``*/*`` becomes
  ``application/octet-stream``.
* Upstream prose (``description``, ``summary``, ``example``, ``title``) is dropped; the
  response descriptions OpenAPI requires are our own one-word texts.

The output is deterministic: the same input gives byte-identical YAML.

Usage: python tools/normalize_spec.py [SPEC_PATH_OR_URL] [-o openapi.yaml]
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import urllib.request
from pathlib import Path
from typing import Any

import yaml

DEFAULT_SPEC = Path(__file__).resolve().parents[1] / ".." / "shared" / "spec" / "chatbotkit-v1.json"
PROSE_KEYS = frozenset({"description", "summary", "example", "examples", "title", "externalDocs"})
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
SCHEMA_PREFIX = "#/components/schemas/"
PARAM_PREFIX = "#/components/parameters/"
RESPONSE_TEXT = {"200": "OK", "201": "Created", "204": "No Content", "404": "Not Found"}

Json = Any


def load(source: str) -> Json:
    """Read the published spec from a file path or an http(s) URL."""
    if re.match(r"^https?://", source):
        with urllib.request.urlopen(source, timeout=60) as resp:
            return json.loads(resp.read())
    return json.loads(Path(source).read_text(encoding="utf-8"))


def pascal(word: str) -> str:
    """``dataset`` -> ``Dataset``; ``reasoningToken`` -> ``ReasoningToken``; ``a-b`` -> ``AB``."""
    parts = re.split(r"[^0-9A-Za-z]+", word)
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def pointer_get(doc: Json, pointer: str) -> Json:
    """Resolve a local JSON pointer (``#/a/b~1c``)."""
    node = doc
    for raw in pointer.lstrip("#/").split("/"):
        key = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(key)] if isinstance(node, list) else node[key]
    return node


def strip_prose(node: Json) -> Json:
    """Drop upstream prose everywhere except inside property maps, where keys are field names."""
    if isinstance(node, list):
        return [strip_prose(v) for v in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Json] = {}
    for key, value in node.items():
        if key in PROSE_KEYS:
            continue
        if key == "properties" and isinstance(value, dict):
            out[key] = {name: strip_prose(v) for name, v in value.items()}
        else:
            out[key] = strip_prose(value)
    return out


class Normalizer:
    """Holds the source document and the components being built from it."""

    def __init__(self, src: Json) -> None:
        self.src = mark_origins(copy.deepcopy(src))
        self.schemas: dict[str, Json] = {}
        self.pointer_names: dict[str, str] = {}  # path pointer -> component name
        self.item_resources: dict[str, str] = {}  # list/export item component -> its resource
        self.results: set[str] = set()  # components named after an operation's result
        self.src_named: dict[str, Json] = {}  # the API's own named schemas, as converted
        self.stems = self._stems()

    # -- naming ---------------------------------------------------------------

    def _stems(self) -> dict[tuple[str, str], str]:
        """A PascalCase stem per operation from its path's literal segments.

        ``/conversation/{conversationId}/complete`` -> ``ConversationComplete``. Where two
        operations share a stem, both use their operationId instead, so no name depends on
        the order of the paths.
        """
        by_stem: dict[str, list[tuple[str, str]]] = {}
        for path, item in self.src["paths"].items():
            stem = "".join(pascal(s) for s in path.strip("/").split("/") if not s.startswith("{"))
            for method in METHODS:
                if method in item:
                    by_stem.setdefault(stem, []).append((method, path))
        stems: dict[tuple[str, str], str] = {}
        for stem, ops in by_stem.items():
            counts = sorted(path.count("{") for _, path in ops)
            for method, path in ops:
                op_id = self.src["paths"][path][method]["operationId"]
                # An instance/collection pair: the instance (the form with the id) keeps the stem.
                instance = len(ops) == 2 and counts[0] < counts[1] == path.count("{")
                stems[(method, path)] = stem if len(ops) == 1 or instance else pascal(op_id)
        return stems

    def resource(self, method: str, path: str) -> str:
        """The resource an operation acts on: its stem without the action (``BotMemory``)."""
        literals = [pascal(s) for s in path.strip("/").split("/") if not s.startswith("{")]
        stem = self.stems[(method, path)]
        action = literals[-1]
        return stem[: -len(action)] if stem.endswith(action) else stem

    def response_name(self, method: str, path: str) -> str:
        """Name an operation's JSON result by rule.

        ``fetch`` -> the resource (``Bot``), ``list`` -> ``<Resource>Page``, ``export`` ->
        ``<Resource>ExportPage``, anything else ->
        ``<Stem>Result`` (``BotMemorySearchResult``); id-only results become ``IdResult`` and
        list items identical to their resource become it later (``merge_duplicates``).
        """
        stem = self.stems[(method, path)]
        resource = self.resource(method, path)
        action = stem[len(resource) :]
        if resource and action == "Fetch":
            return resource
        if resource and action in ("List", "Export"):
            return f"{resource}{'Page' if action == 'List' else 'ExportPage'}"
        return f"{stem}Result"

    def _pointer_name(self, pointer: str) -> str:
        """Name a path-marked subtree: a list's item -> ``<Stem>Item``, a response -> ``<Stem>Result``."""
        m = re.match(r"^#/paths/([^/]+)/(\w+)/responses/\d+/content/[^/]+/schema(/.*)?$", pointer)
        if not m:
            raise SystemExit(f"normalize_spec: no naming rule for path-marked subtree {pointer}")
        path = m.group(1).replace("~1", "/").replace("~0", "~")
        stem = self.stems[(m.group(2), path)]
        rest = m.group(3) or ""
        if rest == "":
            return self.response_name(m.group(2), path)
        if rest == "/properties/items/items":
            self.item_resources[f"{stem}Item"] = self.resource(m.group(2), path)
            return f"{stem}Item"
        raise SystemExit(f"normalize_spec: no naming rule for path-marked subtree {pointer}")

    def parameter_schema(self, param: Json) -> str:
        """Name a query/header parameter's enum or object schema by rule, shared by every
        operation: a named API schema it equals (``TaskStatus``), else the parameter's name
        (``Order``), else ``<Name>Param`` when an API schema owns that name (``MetaParam``)."""
        schema = param["schema"]
        for name, known in self.src_named.items():
            if known == schema:
                return name
        name = pascal(param["name"])
        if name in self.schemas and self.schemas[name] != schema:
            name = f"{name}Param"
        return self.add_schema(name, schema)

    def claim(self, name: str, fallback: str, schema: Json) -> str:
        """Register ``schema`` as ``name``, or as ``fallback`` when an API schema owns ``name``."""
        if name in self.schemas and self.schemas[name] != schema:
            name = fallback
        self.results.add(name)
        return self.add_schema(name, schema)

    def add_schema(self, name: str, schema: Json) -> str:
        """Register a component; the same name must always mean the same schema."""
        if name in self.schemas and self.schemas[name] != schema:
            raise SystemExit(f"normalize_spec: two different schemas want the name {name}")
        self.schemas[name] = schema
        return name

    # -- schema conversion ------------------------------------------------------

    def schema(self, node: Json, *, hint: str, top: bool = False) -> Json:
        """Convert one schema subtree: markers to ``$ref``s, inline oneOf members hoisted."""
        if isinstance(node, list):
            return [self.schema(v, hint=hint) for v in node]
        if not isinstance(node, dict):
            return node
        marker = node.get("$$ref")
        if marker and not top:
            if marker.startswith(SCHEMA_PREFIX):
                return {"$ref": marker}
            if marker.startswith("#/paths/"):
                name = self.pointer_names.get(marker)
                if name is None:
                    name = self._pointer_name(marker)
                    self.pointer_names[marker] = name
                    target = pointer_get(self.src, marker)
                    self.add_schema(name, self.schema(target, hint=name, top=True))
                return {"$ref": SCHEMA_PREFIX + name}
            raise SystemExit(f"normalize_spec: unknown marker {marker}")
        if "properties" in node and "oneOf" in node:
            return self._own_properties_and_one_of(node, hint=hint)
        out: dict[str, Json] = {}
        for key, value in node.items():
            if key in PROSE_KEYS or key == "$$ref":
                continue
            if key == "properties" and isinstance(value, dict):
                out[key] = {
                    prop: self.schema(v, hint=hint + pascal(prop)) for prop, v in value.items()
                }
            elif key in ("oneOf", "anyOf") and isinstance(value, list):
                out[key] = self._members(value, hint=hint)
            elif key == "schema":  # a parameter's schema
                out[key] = self.schema(value, hint=hint)
            elif key in ("items", "additionalProperties", "not"):
                out[key] = self.schema(value, hint=hint + ("Item" if key == "items" else "Value"))
            elif key == "allOf" and isinstance(value, list):
                out[key] = [self.schema(v, hint=hint) for v in value]
            elif key == "required" and isinstance(value, list):
                out[key] = list(dict.fromkeys(value))  # the published spec repeats some names
            else:
                out[key] = copy.deepcopy(value)
        return out

    def _own_properties_and_one_of(self, node: Json, *, hint: str) -> Json:
        """``{properties, oneOf: [A, B]}`` -> ``allOf: [{properties}, A, B]``.

        The generator turns the first form into a bare ``A | B`` and loses the object's own
        fields (a conversation list item without ``id``). When no member requires a field,
        the merged form accepts every valid value and keeps every field; otherwise stop.
        """
        members = node["oneOf"]
        for member in members:
            target = member
            if member.get("$$ref", "").startswith(SCHEMA_PREFIX):
                target = self.src["components"]["schemas"][member["$$ref"][len(SCHEMA_PREFIX) :]]
            if target.get("required") or not is_inline_object(strip_prose(target)):
                raise SystemExit(f"normalize_spec: no rule for properties + oneOf at {hint}")
        own = self.schema({k: v for k, v in node.items() if k != "oneOf"}, hint=hint, top=True)
        return {"allOf": [own, *(self.schema(m, hint=hint) for m in members)]}

    def _members(self, members: list[Json], *, hint: str) -> list[Json]:
        """Convert a oneOf/anyOf list; inline object members become ``<hint>Option<N>`` components."""
        out = []
        for i, member in enumerate(members, start=1):
            converted = self.schema(member, hint=f"{hint}Option{i}")
            if is_inline_object(converted):
                converted = {"$ref": SCHEMA_PREFIX + self.add_schema(f"{hint}Option{i}", converted)}
            out.append(converted)
        return out

    # -- streams ------------------------------------------------------------------

    def stream_schema(self, node: Json, *, stem: str) -> Json:
        """A JSONL response schema -> ``<Stem>Event``: a union with one component per event type.

        A stream with a single event type (every list stream) points at that event directly.
        """
        name = f"{stem}Event"
        # Wrapping lets a root that is itself a named union lend its name to its events.
        members = [self.event_ref(m, prefix=stem) for m in flatten_one_of({"oneOf": [node]})]
        if len(members) == 1:
            return members[0]  # one event type (list streams): no union needed
        self.add_schema(name, {"oneOf": members})
        return {"$ref": SCHEMA_PREFIX + name}

    def event_ref(self, member: Json, *, prefix: str) -> Json:
        """One stream event schema -> ``$ref`` to ``<Prefix><Type>Event`` (shared events keep their owner's prefix)."""
        marker = member.get("$$ref", "")
        if marker.startswith(SCHEMA_PREFIX):
            # A member of a named union (CompleteStreamingResponseItem): its events are
            # named after the union so that every operation that streams them shares them.
            prefix = stream_prefix(marker[len(SCHEMA_PREFIX) :])
        event_type = event_type_of(member)
        name = f"{prefix}{pascal(event_type)}Event"
        self.add_schema(name, self.schema(member, hint=name, top=True))
        return {"$ref": SCHEMA_PREFIX + name}

    def named_stream_union(self, name: str, node: Json) -> Json:
        """A component that is itself a union of events (``CompleteStreamingResponseItem``)."""
        prefix = stream_prefix(name)
        return {"oneOf": [self.event_ref(m, prefix=prefix) for m in flatten_one_of(node)]}

    # -- document -----------------------------------------------------------------

    def parameters(self, params: list[Json], path: str, *, hint: str) -> list[Json]:
        """Drop broken parameters; every ``{x}`` in the path is a required path parameter."""
        out: list[Json] = []
        declared: set[str] = set()
        for param in params:
            marker = param.get("$$ref", "")
            if marker.startswith(PARAM_PREFIX):
                out.append({"$ref": marker})
                continue
            if "name" not in param or "in" not in param:
                continue
            param = self.schema(param, hint=hint + pascal(param["name"]), top=True)
            if param["in"] == "query" and param.get("schema", {}).get("type") == "object":
                # The generator's deepObject template (tools/templates) assumes this style.
                if param.get("style") != "deepObject":
                    raise SystemExit(
                        f"normalize_spec: object query parameter {param['name']} in {path} is not deepObject"
                    )
            if param["in"] == "query":
                # A query default is the server's: the client sends only what the caller gave.
                param.get("schema", {}).pop("default", None)
            if param["in"] == "path":
                declared.add(param["name"])
                param["required"] = True
            if param["in"] != "path" and is_parameter_model(param.get("schema", {})):
                param["schema"] = {"$ref": SCHEMA_PREFIX + self.parameter_schema(param)}
            out.append(param)
        for name in re.findall(r"{([^}]+)}", path):
            if name not in declared:
                out.append(
                    {"in": "path", "name": name, "required": True, "schema": {"type": "string"}}
                )
        return out

    def content(self, content: Json, *, hint: str, stem: str, fallback: str = "") -> Json:
        """Convert a body or response; an inline JSON object becomes the component ``hint``."""
        out: dict[str, Json] = {}
        for media, body in content.items():
            media_out = "application/octet-stream" if media == "*/*" else media
            body_out = {k: v for k, v in body.items() if k not in PROSE_KEYS}
            if "schema" in body:
                if media == "application/jsonl":
                    body_out["schema"] = self.stream_schema(body["schema"], stem=stem)
                else:
                    converted = self.schema(body["schema"], hint=hint)
                    if media == "application/json" and (
                        is_inline_object(converted) or "allOf" in converted
                    ):
                        name = self.claim(hint, fallback or hint, converted)
                        converted = {"$ref": SCHEMA_PREFIX + name}
                    elif media == "multipart/form-data" and is_inline_object(converted):
                        form = f"{stem}Form"  # the upload form of <Stem>Request
                        converted = {"$ref": SCHEMA_PREFIX + self.add_schema(form, converted)}
                    body_out["schema"] = converted
            out[media_out] = body_out
        return out

    def operation(self, method: str, path: str, op: Json) -> Json:
        stem = self.stems[(method, path)]
        hint = pascal(op["operationId"])  # parameters' inline schemas
        out: dict[str, Json] = {"operationId": op["operationId"]}
        if op.get("tags"):
            out["tags"] = list(op["tags"])
        params = self.parameters(op.get("parameters", []), path, hint=hint)
        if params:
            out["parameters"] = params
        if "requestBody" in op:
            body = op["requestBody"]
            out["requestBody"] = {
                k: v for k, v in body.items() if k not in PROSE_KEYS and k != "content"
            }
            out["requestBody"]["content"] = self.content(
                body["content"], hint=f"{stem}Request", stem=stem
            )
        responses: dict[str, Json] = {}
        for code, resp in op["responses"].items():
            if code == "default" and "content" not in resp:
                continue  # a schema where a response object belongs: dropped by rule
            entry: dict[str, Json] = {"description": RESPONSE_TEXT.get(code, code)}
            if resp.get("content"):
                name = self.response_name(method, path)
                if code != "200":
                    name = f"{stem}Result{code}"
                entry["content"] = self.content(
                    resp["content"], hint=name, stem=stem, fallback=f"{stem}Result"
                )
            responses[code] = entry
        out["responses"] = responses
        for key in ("deprecated", "security"):
            if key in op:
                out[key] = copy.deepcopy(op[key])
        return out

    def build(self) -> Json:
        src = self.src
        comps = src["components"]
        # Named schemas first, so their names are claimed by the API's own definitions.
        for name, schema in comps["schemas"].items():
            if is_event_union(schema):
                self.add_schema(name, self.named_stream_union(name, schema))
            else:
                self.add_schema(name, self.schema(schema, hint=name, top=True))
        self.src_named = dict(self.schemas)
        paths: dict[str, Json] = {}
        for path, item in src["paths"].items():
            paths[path] = {m: self.operation(m, path, item[m]) for m in METHODS if m in item}
        self.merge_duplicates(paths)
        parameters = {name: strip_prose(p) for name, p in comps.get("parameters", {}).items()}
        schemes = strip_prose(comps.get("securitySchemes", {}))
        # The API documents `Authorization: Token <token>`; the published spec only declares Bearer.
        schemes.setdefault("TokenAuth", {"type": "apiKey", "in": "header", "name": "Authorization"})
        tags = [{"name": t["name"]} for t in src.get("tags", []) if "name" in t]
        return {
            "openapi": "3.0.3",
            "info": {"title": "ChatBotKit API", "version": str(src["info"]["version"])},
            "servers": [{"url": s["url"]} for s in src.get("servers", [])],
            "security": [{"TokenAuth": []}, *copy.deepcopy(src.get("security", []))],
            "tags": tags,
            "paths": paths,
            "components": {
                "securitySchemes": schemes,
                "parameters": parameters,
                "schemas": dict(sorted(self.schemas.items())),
            },
        }

    def merge_duplicates(self, paths: Json) -> None:
        """One class per shape where the names say it is one thing.

        Every result that holds only ``{id}`` is ``IdResult``; a list or export item identical
        to its resource's fetch result is that resource (``BotListItem`` -> ``Bot``); a
        resource without a fetch is named by its list item (``TeamListItem`` -> ``Team``).
        """
        merged: dict[str, str] = {}
        for name in sorted(self.results):
            if self.schemas.get(name) == ID_RESULT:
                merged[name] = "IdResult"
        # List items first: the list item names a resource that has no fetch.
        for item, resource in sorted(self.item_resources.items(), key=lambda kv: "Export" in kv[0]):
            schema = self.schemas[item]
            if resource not in self.schemas and resource not in merged.values():
                merged[item] = resource
                self.add_schema(resource, schema)
            elif self.schemas.get(resource) == schema and resource not in merged:
                merged[item] = resource
        if not merged:
            return
        if "IdResult" in merged.values():
            self.add_schema("IdResult", copy.deepcopy(ID_RESULT))
        for old in merged:
            del self.schemas[old]
        refs = {SCHEMA_PREFIX + old: SCHEMA_PREFIX + new for old, new in merged.items()}
        for _, node in _mappings([paths, self.schemas]):
            if node.get("$ref") in refs:
                node["$ref"] = refs[node["$ref"]]


ID_RESULT: Json = {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}


def mark_origins(src: Json) -> Json:
    """Mark each subtree that a ``#/paths/...`` marker points at with that same marker.

    The published spec marks only the copies; marking the origin too makes both the list page
    and its JSONL event use one named component, whichever is visited first.
    """
    pointers = sorted(
        {
            node["$$ref"]
            for _, node in _mappings(src["paths"])
            if str(node.get("$$ref", "")).startswith("#/paths/")
        }
    )
    for pointer in pointers:
        pointer_get(src, pointer)["$$ref"] = pointer
    return src


def _mappings(node: Json) -> Any:
    if isinstance(node, dict):
        yield None, node
        for value in node.values():
            yield from _mappings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _mappings(value)


def is_parameter_model(schema: Json) -> bool:
    """A parameter schema the generator would turn into a class: an enum of two or more
    strings, or an object (a one-value enum is a literal, see tools/generate.py)."""
    enum = schema.get("enum")
    return (isinstance(enum, list) and len(enum) > 1) or schema.get("type") == "object"


def is_inline_object(schema: Json) -> bool:
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and (schema.get("type") == "object" or "properties" in schema)
    )


def flatten_one_of(node: Json) -> list[Json]:
    """Members of a (possibly nested) oneOf, nested unions spliced in place."""
    if "oneOf" not in node:
        return [node]
    out: list[Json] = []
    for member in node["oneOf"]:
        if "oneOf" in member and "$$ref" not in member:
            out.extend(flatten_one_of(member))
        elif "oneOf" in member:
            # A named union nested in another: keep its marker on every member.
            out.extend({**m, "$$ref": member["$$ref"]} for m in flatten_one_of(member))
        else:
            out.append(member)
    return out


def event_type_of(member: Json) -> str:
    """The single ``type`` enum value that tags a stream event schema."""
    enum = member.get("properties", {}).get("type", {}).get("enum", [])
    if len(enum) != 1:
        raise SystemExit(
            f"normalize_spec: stream event without a single type tag: {json.dumps(member)[:200]}"
        )
    return str(enum[0])


def is_event_union(schema: Json) -> bool:
    members = flatten_one_of(schema) if "oneOf" in schema else []
    return bool(members) and all(
        len(m.get("properties", {}).get("type", {}).get("enum", [])) == 1 for m in members
    )


def stream_prefix(component: str) -> str:
    """``CompleteStreamingResponseItem`` -> ``Complete``: the prefix of its events' names."""
    return re.sub(r"(Streaming)?(Response)?Item$", "", component)


def dump(doc: Json) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(doc, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("spec", nargs="?", default=str(DEFAULT_SPEC.resolve()))
    parser.add_argument("-o", "--output", default="openapi.yaml")
    args = parser.parse_args(argv)
    doc = Normalizer(load(args.spec)).build()
    text = dump(doc)
    if "$$ref" in text:
        raise SystemExit("normalize_spec: a $$ref marker survived")
    Path(args.output).write_text(text, encoding="utf-8")
    ops = sum(1 for item in doc["paths"].values() for m in item if m in METHODS)
    print(
        f"normalize_spec: wrote {args.output}: {ops} operations, {len(doc['components']['schemas'])} schemas",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
