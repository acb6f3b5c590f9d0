"""Every operation in openapi.yaml is reachable through the namespaces and sends its request."""

from __future__ import annotations

import datetime
import enum
import inspect
import json
import re
import subprocess
import sys
from typing import Any

import httpx

import chatbotkit
from chatbotkit.resources.registry import OPERATIONS
from tests import _mock
from tests._paths import ROOT, openapi

TOKEN = "tok_namespaces_0123456789"


def spec_operations() -> set[tuple[str, str]]:
    return {(method.upper(), path) for path, item in openapi()["paths"].items() for method in item}


def test_registry_covers_the_spec() -> None:
    ops = spec_operations()
    assert len(ops) == 335
    assert {(m, p) for _, m, p in OPERATIONS.values()} == ops
    assert len(OPERATIONS) == 335


def test_path_grammar_and_collision_rules() -> None:
    attrs = {op_id: attr for op_id, (attr, _, _) in OPERATIONS.items()}
    assert attrs["listConversationMessages"] == "conversation.message.list"
    assert attrs["setupSlackIntegration"] == "integration.slack.setup"
    assert attrs["createDatasetRecord"] == "dataset.record.create"
    assert attrs["listPlatformModels"] == "platform.model.list"
    assert attrs["listSpaceStoragePath"].startswith("space.storage.list")
    assert attrs["graphql"] == "graphql"
    # instance/collection pairs share one method with an optional leading id
    assert attrs["completeConversation"] == attrs["completeConversationMessage"]
    assert attrs["completeConversation"] == "conversation.complete"
    # GET and POST on one path: POST keeps the name
    assert attrs["invokeSkillServerAbility"] == "integration.skillserver.invoke"
    assert attrs["fetchSkillServerManual"] == "integration.skillserver.invoke_get"


def _resolve(cbk: Any, attr: str) -> Any:
    target = cbk
    for part in attr.split("."):
        target = getattr(target, part)
    return target


def _value(annotation: str) -> Any:
    """A minimal valid argument for a (string) annotation."""
    first = annotation.split(" | ")[0].strip()
    if annotation.startswith("Sequence["):
        return []
    if first == "UploadInput":
        return b"data"
    if "Mapping[str, Any]" in annotation and first not in ("str", "int", "float", "bool"):
        return {}
    import chatbotkit_gen.models as models

    cls = getattr(models, first, None)
    if isinstance(cls, type) and issubclass(cls, enum.Enum):
        return next(iter(cls))
    return {
        "str": "x",
        "int": 1,
        "float": 1.0,
        "bool": True,
        "datetime.datetime": datetime.datetime(2024, 1, 1),
    }.get(first, "x")


def _required_kwargs(fn: Any) -> dict[str, Any]:
    return {
        name: _value(str(p.annotation))
        for name, p in inspect.signature(fn).parameters.items()
        if p.kind is p.KEYWORD_ONLY and p.default is p.empty
    }


async def test_every_operation_is_called_once() -> None:
    hits: list[tuple[str, str]] = []
    templates = sorted(spec_operations(), key=lambda mp: -len(mp[1]))

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/v1")
        for method, template in templates:
            pattern = "^" + re.sub(r"\{\w+\}", "[^/]+", template) + "$"
            if method == request.method and re.match(pattern, path):
                hits.append((method, template))
                break
        if "/download" in path:  # downloads answer bytes (a JSON answer would be {"url"})
            return httpx.Response(200, content=b"x")
        return httpx.Response(200, json={})

    async with chatbotkit.AsyncChatBotKit(
        token=TOKEN, transport=httpx.MockTransport(handler), max_retries=0
    ) as cbk:
        for op_id, (attr, method, path) in sorted(OPERATIONS.items()):
            target = _resolve(cbk, attr)
            args = ["p1"] * path.count("{")
            if not callable(target):  # a JSONL-only operation (subscriptions): stream it
                before = len(hits)
                async with target.stream(*args, **_required_kwargs(target.stream)) as events:
                    _ = [event async for event in events]
                assert hits[-1] == (method, path) and len(hits) == before + 1, op_id
                continue
            fn = target if inspect.ismethod(target) else target.__call__
            if any(p.kind is p.VAR_KEYWORD for p in inspect.signature(fn).parameters.values()):
                owner = target.__self__ if inspect.ismethod(target) else target
                impl = f"_{re.sub(r'(?<!^)(?=[A-Z])', '_', op_id).lower()}_call"
                kwargs = _required_kwargs(getattr(owner, impl))
                if not args:
                    args = [None]
            else:
                kwargs = _required_kwargs(fn)
            if "file" in inspect.signature(fn).parameters:  # uploads: a URL is one request
                args.append("https://example.com/a.txt")
            before = len(hits)
            await target(*args, **kwargs)
            assert len(hits) == before + 1, (op_id, method, path)
            assert hits[-1] == (method, path), op_id
    assert set(hits) == spec_operations()
    assert len(hits) == 335


def test_import_is_lazy() -> None:
    code = (
        "import sys, chatbotkit\n"
        "bad = ('chatbotkit_gen', 'chatbotkit.resources')\n"
        "assert not [m for m in sys.modules if m.startswith(bad)], 'import'\n"
        "assert 'httpx' not in sys.modules, 'httpx'\n"
        "cbk = chatbotkit.AsyncChatBotKit(token='t')\n"
        "bad = ('chatbotkit_gen.models.', 'chatbotkit_gen.api.', 'chatbotkit.resources.')\n"
        "assert not [m for m in sys.modules if m.startswith(bad)], 'client'\n"
        "cbk.bot.session\n"
        "assert 'chatbotkit.resources.bot' in sys.modules\n"
        "assert 'chatbotkit.resources.conversation' not in sys.modules\n"
        "assert not [m for m in sys.modules if m.startswith(bad[:2])], 'namespace'\n"
        "assert cbk.bot is cbk.bot and cbk.with_options(timeout=1).bot is not cbk.bot\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_generated_code_is_a_leaf() -> None:
    """chatbotkit_gen imports nothing of chatbotkit: no import statement, and none at runtime."""
    for path in (ROOT / "chatbotkit_gen").rglob("*.py"):
        text = path.read_text()
        assert not re.search(r"^\s*(from|import) chatbotkit\b(?!_gen)", text, re.M), path
    code = (
        "import sys, pathlib\n"
        "sys.path.insert(0, 'tools')\n"
        "from import_all import import_all\n"
        "count, failures = import_all(pathlib.Path('.'))\n"
        "assert not failures, failures\n"
        "loaded = [m for m in sys.modules if m == 'chatbotkit' or m.startswith('chatbotkit.')]\n"
        "assert not loaded, loaded\n"
        "print(count)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 1000


def test_generator_is_deterministic(tmp_path: Any) -> None:
    # The committed output matches a fresh run (make check-generated covers this in CI too).
    import shutil

    out = tmp_path / "chatbotkit" / "resources"
    client = tmp_path / "_client.py"
    shutil.copy(ROOT / "chatbotkit" / "_client.py", client)
    args = ["openapi.yaml", "chatbotkit_gen", str(out), "--client", str(client)]
    result = subprocess.run(
        [sys.executable, "tools/gen_namespaces.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    committed = ROOT / "chatbotkit" / "resources"
    fresh = sorted(out.glob("*.py"))
    assert [p.name for p in fresh] == sorted(p.name for p in committed.glob("*.py"))
    for path in fresh:
        assert path.read_text() == (committed / path.name).read_text(), path.name
    assert (out.parent / "models.py").read_text() == (ROOT / "chatbotkit/models.py").read_text()
    assert client.read_text() == (ROOT / "chatbotkit" / "_client.py").read_text()


# -- arguments in wire form, query parameters, merged collection/instance operations


async def test_models_and_enums_accept_wire_forms() -> None:
    from chatbotkit_gen.models import BotVisibility, Meta

    seen, handler = _mock.recorder()
    async with _mock.client(handler) as cbk:
        await cbk.bot.create(name="a", meta={"k": "v"}, visibility="private")
        meta = Meta.from_dict({"k": "v"})
        await cbk.bot.create(name="a", meta=meta, visibility=BotVisibility("private"))
    assert json.loads(seen[0].content) == json.loads(seen[1].content)
    assert json.loads(seen[0].content) == {"name": "a", "meta": {"k": "v"}, "visibility": "private"}


async def test_query_params_dotted_meta_and_enum_strings() -> None:
    seen, handler = _mock.recorder(httpx.Response(200, json={"items": [], "cursor": ""}))
    async with _mock.client(handler) as cbk:
        await cbk.bot.list(take=5, order="asc", meta={"team": "a"})
    assert dict(seen[0].url.params) == {"take": "5", "order": "asc", "meta.team": "a"}


async def test_collection_form_of_merged_operation() -> None:
    seen, handler = _mock.recorder(httpx.Response(200, json={"text": "hi"}))
    async with _mock.client(handler) as cbk:
        result = await cbk.conversation.complete(messages=[{"type": "user", "text": "Hi"}])
    assert seen[0].url.path == "/v1/conversation/complete"
    assert result.to_dict()["text"] == "hi"
