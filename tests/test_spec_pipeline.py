"""make spec: openapi.yaml keeps the API's facts, drops its prose and fixes its defects by rule."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests._paths import OPENAPI, ROOT, openapi, published_spec

sys.path.insert(0, str(ROOT / "tools"))
import normalize_spec

METHODS = normalize_spec.METHODS


def operations(doc: dict[str, Any]) -> set[tuple[str, str]]:
    return {(m, p) for p, item in doc["paths"].items() for m in item if m in METHODS}


def walk(node: Any, path: tuple[Any, ...] = ()) -> Any:
    """Yield (path, dict) for every mapping in a document."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from walk(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, (*path, i))


def test_openapi_yaml_is_valid_openapi_3() -> None:
    validate(openapi())


def test_same_335_operations_as_the_published_spec() -> None:
    source = json.loads(published_spec().read_text())
    ours = operations(openapi())
    assert len(ours) == 335
    assert ours == operations(source)
    ids = {
        item[m]["operationId"] for p, item in source["paths"].items() for m in item if m in METHODS
    }
    assert ids == {
        item[m]["operationId"] for item in openapi()["paths"].values() for m in item if m in METHODS
    }


def test_make_spec_reproduces_the_committed_file_byte_for_byte(tmp_path: Path) -> None:
    spec = published_spec()
    outs = []
    for name in ("a.yaml", "b.yaml"):
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "tools" / "normalize_spec.py"),
                str(spec),
                "-o",
                str(tmp_path / name),
            ],
            check=True,
            capture_output=True,
        )
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1]
    assert outs[0] == OPENAPI.read_bytes()


def test_no_marker_and_no_upstream_prose_remains() -> None:
    text = OPENAPI.read_text()
    assert "$$ref" not in text
    for path, node in walk(openapi()):
        in_properties = len(path) > 0 and path[-1] == "properties"
        if in_properties:
            continue  # keys there are field names (a field may be called `description`)
        assert "summary" not in node, path
        if "description" in node:
            # Only the response objects' required description, in our own words.
            assert path[-2] == "responses" and node["description"] in {
                "OK",
                "No Content",
                "Not Found",
            }, path


def test_named_components_carry_the_apis_names() -> None:
    schemas = openapi()["components"]["schemas"]
    for name in (
        "Message",
        "Usage",
        "BotConfig",
        "BotRef",
        "ExecutionLimits",
        "Meta",
        "CompleteEnd",
        "Conversation",
        "ConversationMessage",
        "ConversationCompleteResult",
        "ConversationCompleteEvent",
        "CompleteTokenEvent",
        "CompleteResultEvent"
        if "CompleteResultEvent" in schemas
        else "ConversationCompleteResultEvent",
        "CompleteMessageEvent",
        "CompleteReasoningTokenEvent",
        "CompleteUsageEvent",
        "TaskWorkflowOperationEndEvent",
        "BotListItemEvent",
    ):
        assert name in schemas, name
    # A named schema is referenced, not inlined: Usage appears as a $ref inside the result.
    result = schemas["ConversationCompleteResult"]
    assert result["properties"]["usage"] == {"$ref": "#/components/schemas/Usage"}


def test_every_stream_event_union_member_is_a_named_event_with_one_type_tag() -> None:
    doc = openapi()
    streams = 0
    for item in doc["paths"].values():
        for op in item.values():
            content = op["responses"].get("200", {}).get("content", {})
            if "application/jsonl" not in content:
                continue
            streams += 1
            ref = content["application/jsonl"]["schema"]["$ref"]
            schema = doc["components"]["schemas"][ref.rsplit("/", 1)[1]]
            members = [m["$ref"].rsplit("/", 1)[1] for m in schema.get("oneOf", [{"$ref": ref}])]
            for name in members:
                event = doc["components"]["schemas"][name]
                assert name.endswith("Event"), name
                assert len(event["properties"]["type"]["enum"]) == 1, name
    assert streams == 77
    complete = doc["components"]["schemas"]["ConversationCompleteEvent"]["oneOf"]
    tags = {
        doc["components"]["schemas"][m["$ref"].rsplit("/", 1)[1]]["properties"]["type"]["enum"][0]
        for m in complete
    }
    assert {
        "token",
        "reasoningToken",
        "message",
        "result",
        "error",
        "abort",
        "usage",
        "completeBegin",
        "completeEnd",
    } <= tags


def test_defects_are_fixed() -> None:
    doc = openapi()
    for path, item in doc["paths"].items():
        for op in item.values():
            params = op.get("parameters", [])
            assert all("$ref" in p or ("name" in p and "in" in p) for p in params), path
            declared = {p["name"]: p for p in params if p.get("in") == "path"}
            for name in re.findall(r"{([^}]+)}", path):
                assert declared[name]["required"] is True, (path, name)
            assert "default" not in op["responses"], path
            for _, node in walk(op):
                assert "*/*" not in node, path
                if isinstance(node.get("required"), list):
                    assert len(node["required"]) == len(set(node["required"])), path
            for p in params:
                if p.get("in") == "query" and p.get("schema", {}).get("type") == "object":
                    assert p["style"] == "deepObject", path
    assert (
        "application/octet-stream"
        in doc["paths"]["/file/{fileId}/upload"]["post"]["requestBody"]["content"]
    )


SYNTHETIC: dict[str, Any] = {
    "openapi": "3.0.0",
    "info": {"title": "x", "version": "1"},
    "servers": [{"url": "https://example.invalid/v1"}],
    "security": [{"BearerAuth": []}],
    "components": {
        "securitySchemes": {
            "BearerAuth": {"type": "http", "scheme": "bearer", "description": "prose"}
        },
        "parameters": {},
        "schemas": {
            "Usage": {
                "type": "object",
                "description": "prose",
                "properties": {"token": {"type": "number"}},
                "required": ["token"],
            },
            "Ref": {"type": "object", "properties": {"botId": {"type": "string"}}},
        },
        "responses": {},
    },
    "paths": {
        "/thing/list": {
            "get": {
                "operationId": "listThings",
                "summary": "List things",
                "parameters": [
                    {},
                    {
                        "in": "query",
                        "name": "meta",
                        "schema": {"type": "object"},
                        "style": "deepObject",
                    },
                ],
                "responses": {
                    "200": {
                        "description": "prose",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "items": {
                                            "type": "array",
                                            "items": {
                                                "type": "object",
                                                "properties": {
                                                    "id": {"type": "string"},
                                                    "description": {"type": "string"},
                                                },
                                                "required": ["id", "id"],
                                                "oneOf": [
                                                    {
                                                        "type": "object",
                                                        "properties": {"botId": {"type": "string"}},
                                                        "$$ref": "#/components/schemas/Ref",
                                                    }
                                                ],
                                            },
                                        }
                                    },
                                }
                            },
                            "application/jsonl": {
                                "schema": {
                                    "oneOf": [
                                        {
                                            "type": "object",
                                            "properties": {
                                                "type": {"type": "string", "enum": ["item"]},
                                                "data": {
                                                    "$$ref": "#/paths/~1thing~1list/get/responses/200/content/application~1json/schema/properties/items/items",
                                                    "type": "object",
                                                },
                                            },
                                        }
                                    ]
                                }
                            },
                        },
                    },
                    "default": {
                        "type": "object",
                        "properties": {"message": {"type": "string"}},
                        "$$ref": "#/components/responses/ErrorResponse",
                    },
                },
            }
        },
        "/thing/{thingId}/run": {
            "post": {
                "operationId": "runThing",
                "parameters": [{"in": "path", "name": "thingId", "schema": {"type": "string"}}],
                "requestBody": {
                    "content": {"*/*": {"schema": {"type": "string", "format": "binary"}}}
                },
                "responses": {
                    "200": {
                        "description": "prose",
                        "content": {
                            "application/jsonl": {
                                "schema": {
                                    "oneOf": [
                                        {
                                            "type": "object",
                                            "properties": {
                                                "type": {"type": "string", "enum": ["token"]},
                                                "data": {"type": "object"},
                                            },
                                        },
                                        {
                                            "type": "object",
                                            "properties": {
                                                "type": {"type": "string", "enum": ["result"]},
                                                "data": {
                                                    "$$ref": "#/components/schemas/Usage",
                                                    "type": "object",
                                                },
                                            },
                                        },
                                    ]
                                }
                            }
                        },
                    }
                },
            }
        },
        "/thing/{thingId}/{part}/go": {
            "post": {"operationId": "goThing", "responses": {"200": {"description": "x"}}}
        },
    },
}


def test_rules_on_a_synthetic_spec() -> None:
    """Each rule proven on a small document, independent of the real spec's contents."""
    doc = normalize_spec.Normalizer(json.loads(json.dumps(SYNTHETIC))).build()
    validate(doc)
    schemas = doc["components"]["schemas"]
    listing = doc["paths"]["/thing/list"]["get"]
    # nameless parameter dropped; deepObject kept; default response dropped; prose gone
    assert [p["name"] for p in listing["parameters"]] == ["meta"]
    assert set(listing["responses"]) == {"200"}
    assert "summary" not in listing and "description" not in schemas["Usage"]
    # path-marked list item -> named component, shared by the JSON page and the JSONL event
    # (a resource without a fetch is named by its list item; the page is <Resource>Page)
    page_ref = listing["responses"]["200"]["content"]["application/json"]["schema"]
    assert page_ref == {"$ref": "#/components/schemas/ThingPage"}
    page = schemas["ThingPage"]
    assert page["properties"]["items"]["items"] == {"$ref": "#/components/schemas/Thing"}
    item = schemas["Thing"]
    # own properties + oneOf of optional-only objects -> allOf; `required` deduplicated
    assert item["allOf"][1] == {"$ref": "#/components/schemas/Ref"}
    assert item["allOf"][0]["required"] == ["id"]
    assert "description" in item["allOf"][0]["properties"]  # a field named description stays
    # a single-event stream points at its event; the event's data is the list item
    stream = listing["responses"]["200"]["content"]["application/jsonl"]["schema"]
    assert stream == {"$ref": "#/components/schemas/ThingListItemEvent"}
    assert schemas["ThingListItemEvent"]["properties"]["data"] == {
        "$ref": "#/components/schemas/Thing"
    }
    # a multi-event stream -> <Stem>Event union of named events
    run = doc["paths"]["/thing/{thingId}/run"]["post"]
    assert run["responses"]["200"]["content"]["application/jsonl"]["schema"] == {
        "$ref": "#/components/schemas/ThingRunEvent"
    }
    assert schemas["ThingRunEvent"]["oneOf"] == [
        {"$ref": "#/components/schemas/ThingRunTokenEvent"},
        {"$ref": "#/components/schemas/ThingRunResultEvent"},
    ]
    assert schemas["ThingRunResultEvent"]["properties"]["data"] == {
        "$ref": "#/components/schemas/Usage"
    }
    # optional path parameter made required; undeclared ones added; */* -> octet-stream
    assert run["parameters"][0]["required"] is True
    assert list(run["requestBody"]["content"]) == ["application/octet-stream"]
    go = doc["paths"]["/thing/{thingId}/{part}/go"]["post"]
    assert [(p["name"], p["in"], p["required"]) for p in go["parameters"]] == [
        ("thingId", "path", True),
        ("part", "path", True),
    ]


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "x", "content": {"application/json": {"schema": schema}}}}


WIDGET = {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}
ITEM_POINTER = "#/paths/~1widget~1list/get/responses/200/content/application~1json/schema/properties/items/items"
NAMING: dict[str, Any] = {
    "openapi": "3.0.0",
    "info": {"title": "t", "version": "1"},
    "components": {"schemas": {}},
    "paths": {
        "/widget/{widgetId}/fetch": {
            "get": {"operationId": "fetchWidget", "responses": _json(WIDGET)}
        },
        "/widget/list": {
            "get": {
                "operationId": "listWidgets",
                "responses": {
                    "200": {
                        "description": "x",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"items": {"type": "array", "items": WIDGET}},
                                }
                            },
                            "application/jsonl": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "type": {"type": "string", "enum": ["item"]},
                                        "data": {**WIDGET, "$$ref": ITEM_POINTER},
                                    },
                                }
                            },
                        },
                    }
                },
            }
        },
        "/widget/create": {
            "post": {
                "operationId": "createWidget",
                "requestBody": {"content": {"application/json": {"schema": WIDGET}}},
                "responses": _json(normalize_spec.ID_RESULT),
            }
        },
        "/widget/{widgetId}/delete": {
            "post": {"operationId": "deleteWidget", "responses": _json(normalize_spec.ID_RESULT)}
        },
        "/widget/{widgetId}/search": {
            "post": {
                "operationId": "searchWidget",
                "responses": _json({"type": "object", "properties": {"n": {"type": "number"}}}),
            }
        },
    },
}


def test_shapes_are_named_by_rule_and_identical_ones_share_a_class() -> None:
    doc = normalize_spec.Normalizer(json.loads(json.dumps(NAMING))).build()
    validate(doc)
    schemas = doc["components"]["schemas"]

    def result(path: str, method: str = "get") -> Any:
        return doc["paths"][path][method]["responses"]["200"]["content"]["application/json"][
            "schema"
        ]

    assert result("/widget/{widgetId}/fetch") == {"$ref": "#/components/schemas/Widget"}
    assert result("/widget/list") == {"$ref": "#/components/schemas/WidgetPage"}
    # the list item is identical to the fetch result: one class
    assert schemas["WidgetPage"]["properties"]["items"]["items"] == {
        "$ref": "#/components/schemas/Widget"
    }
    assert "WidgetListItem" not in schemas
    # every {id}-only result is one IdResult
    assert result("/widget/create", "post") == {"$ref": "#/components/schemas/IdResult"}
    assert result("/widget/{widgetId}/delete", "post") == result("/widget/create", "post")
    assert result("/widget/{widgetId}/search", "post") == {
        "$ref": "#/components/schemas/WidgetSearchResult"
    }
    body = doc["paths"]["/widget/create"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"] == {"$ref": "#/components/schemas/WidgetCreateRequest"}


def test_the_real_spec_has_resource_names_and_no_response200() -> None:
    schemas = openapi()["components"]["schemas"]
    assert {"Bot", "Conversation", "Dataset", "IdResult", "BotPage", "BotCreateRequest"} <= set(
        schemas
    )
    assert not [name for name in schemas if "Response200" in name]
    import chatbotkit_gen.models as models

    assert not [name for name in models.__all__ if name.endswith("Response200")]
    # a query parameter's enum or object is one class per shape, named after the parameter
    doc = openapi()
    orders = {
        json.dumps(p["schema"])
        for item in doc["paths"].values()
        for op in item.values()
        for p in op.get("parameters", [])
        if p.get("name") == "order"
    }
    assert orders == {json.dumps({"$ref": "#/components/schemas/Order"})}
    assert not [n for n in models.__all__ if re.match(r"(List|Export)\w+(Order|Meta)$", n)]


def test_an_object_query_parameter_that_is_not_deep_object_is_refused() -> None:
    spec = json.loads(json.dumps(SYNTHETIC))
    del spec["paths"]["/thing/list"]["get"]["parameters"][1]["style"]
    with pytest.raises(SystemExit, match="not deepObject"):
        normalize_spec.Normalizer(spec).build()


def test_unknown_marker_shapes_stop_the_pipeline_instead_of_guessing() -> None:
    spec = json.loads(json.dumps(SYNTHETIC))
    data = spec["paths"]["/thing/list"]["get"]["responses"]["200"]["content"]["application/jsonl"][
        "schema"
    ]["oneOf"][0]["properties"]["data"]
    data["$$ref"] = "#/paths/~1thing~1list/get/parameters/1"
    with pytest.raises(SystemExit, match="no naming rule"):
        normalize_spec.Normalizer(spec).build()
