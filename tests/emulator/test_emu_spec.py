"""The spec loader: both file kinds, $ref resolution with cycles, route table, speed."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
import yaml

from chatbotkit.emulator import Emulator, SpecError, load_spec
from chatbotkit.emulator import _spec as spec_module
from chatbotkit.emulator._validate import check
from tests._paths import OPENAPI as REPO_SPEC
from tests._paths import PUBLISHED as PUBLISHED_SPEC
from tests._paths import SPEC_FILES as SPECS
from tests._paths import openapi, published_spec

SYNTHETIC = """
openapi: 3.0.3
info: {title: t, version: '1'}
components:
  parameters:
    Cursor: {in: query, name: cursor, schema: {type: string}}
  schemas:
    Node:
      type: object
      properties:
        name: {type: string}
        children: {type: array, items: {$ref: '#/components/schemas/Node'}}
      required: [name]
paths:
  /tree/create:
    post:
      operationId: createTree
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Node'}
      responses:
        200:
          content:
            application/json:
              schema: {type: object, properties: {id: {type: string}}, required: [id]}
  /tree/list:
    get:
      operationId: listTrees
      parameters:
        - $ref: '#/components/parameters/Cursor'
        - {}
      responses:
        '200':
          content:
            application/json:
              schema:
                type: object
                properties:
                  items: {type: array, items: {$ref: '#/components/schemas/Node'}}
                  cursor: {type: string}
  /tree/{treeId}/leaf/{leafId}/fetch:
    get:
      operationId: fetchLeaf
      responses: {'200': {content: {application/json: {schema: {type: object}}}}}
"""


def test_synthetic_yaml_with_refs_cycles_and_defects(tmp_path: Path) -> None:
    path = tmp_path / "spec.yaml"
    path.write_text(SYNTHETIC)
    spec = load_spec(path)
    assert load_spec(path) is spec  # cached
    create = spec.operation("createTree")
    node = create.request_schema
    assert node is not None
    children = node["properties"]["children"]["items"]
    assert children is node  # the recursive ref resolved to the same shared object
    assert create.response_schema is not None  # integer response key 200 accepted
    assert check({"name": "a", "children": [{"name": "b", "children": [{}]}]}, node) == (
        "children[0].children[0].name: is required"
    )
    listing = spec.operation("listTrees")
    assert set(listing.query) == {"cursor"}  # the broken parameter object is skipped
    leaf = spec.operation("fetchLeaf")  # undeclared path params still parsed from the path
    assert (leaf.collection, leaf.parents, leaf.id_param) == (
        "tree.leaf",
        (("tree", "treeId"),),
        "leafId",
    )


def test_spec_override_order_argument_then_env_then_packaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_spec = tmp_path / "env.yaml"
    env_spec.write_text(SYNTHETIC)
    arg_spec = tmp_path / "arg.json"
    arg_spec.write_text(json.dumps(yaml.safe_load(SYNTHETIC)))
    monkeypatch.delenv(spec_module.SPEC_ENV, raising=False)
    assert spec_module.find_spec_path() is None  # the packaged spec
    assert len(load_spec().routes) == 335
    monkeypatch.setenv(spec_module.SPEC_ENV, str(env_spec))
    assert load_spec().source == env_spec
    assert Emulator().spec.source == env_spec
    assert load_spec(arg_spec).source == arg_spec
    assert Emulator(spec=arg_spec).spec.source == arg_spec


def test_packaged_spec_is_the_repo_openapi_yaml() -> None:
    packaged = resources.files("chatbotkit.emulator") / spec_module.PACKAGED_SPEC
    assert json.loads(packaged.read_text(encoding="utf-8")) == openapi()


BAD_REF = """
paths:
  /a/{aId}/fetch:
    get: {parameters: [{$ref: '#/components/nope'}]}
"""


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "cannot read the OpenAPI spec (No such file or directory)"),
        ("<dir>", "cannot read the OpenAPI spec (Is a directory)"),
        (b"paths: \xff\n", "cannot read the OpenAPI spec ('utf-8' codec can't decode"),
        ("paths: [\n", "invalid YAML (while parsing"),
        ('{"paths": ', "invalid JSON (Expecting value: line 1"),
        ("just: text\n", "not an OpenAPI document (no paths)"),
        (BAD_REF, "unresolvable $ref '#/components/nope'"),
    ],
    ids=["missing", "directory", "not-utf8", "yaml", "json", "no-paths", "bad-ref"],
)
@pytest.mark.parametrize("via", ["argument", "env"])
def test_a_bad_override_spec_is_one_spec_error_naming_path_and_problem(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: str | bytes | None,
    problem: str,
    via: str,
) -> None:
    path = tmp_path / "spec.yaml"
    if content == "<dir>":
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content)
    monkeypatch.setenv(spec_module.SPEC_ENV, str(path) if via == "env" else "/elsewhere.yaml")
    with pytest.raises(SpecError) as info:
        Emulator() if via == "env" else Emulator(spec=path)
    assert str(info.value).startswith(f"{path}: {problem}")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("path", SPECS, ids=lambda p: p.name)
def test_real_spec_loads_into_a_full_route_table(path: Path) -> None:
    spec = spec_module._load(path)  # uncached: parse + resolve + route table
    assert len(spec.routes) == 335
    assert len({r.operation_id for r in spec.routes}) == 335
    actions = {r.action for r in spec.routes}
    assert {"create", "fetch", "update", "delete", "list", "export"} <= actions
    complete = spec.operation("completeConversationMessage")
    assert complete.streams and complete.response_schema is not None
    assert spec.match("/dataset/d1/record/r1/update") is not None
    assert spec.match("/space/s1/storage/copy/a/b.txt")[1] == {"spaceId": "s1", "path": "a/b.txt"}  # type: ignore[index]


def test_yaml_and_published_json_give_the_same_route_table() -> None:
    published_spec()  # skips only outside CI, where ../shared/spec may be absent

    def table(path: Path) -> set[tuple[str, ...]]:
        return {
            (r.method, r.path, r.operation_id, r.collection, r.action, str(r.id_param))
            for r in load_spec(path).routes
        }

    assert table(REPO_SPEC) == table(PUBLISHED_SPEC)


def test_published_style_markers_are_dropped(tmp_path: Path) -> None:
    doc = yaml.safe_load(SYNTHETIC)
    doc["paths"]["/tree/create"]["post"]["requestBody"]["content"]["application/json"]["schema"] = {
        "type": "object",
        "$$ref": "#/components/schemas/Node",
        "properties": {"name": {"type": "string"}},
    }
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(doc))
    schema = load_spec(path).operation("createTree").request_schema
    assert schema == {"type": "object", "properties": {"name": {"type": "string"}}}
