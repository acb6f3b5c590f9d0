"""README.md's Python snippets run as written against the emulator, so the README stays true.

Each ``python`` block is found under its ``##``/``###`` heading and executed with top-level
``await`` allowed; the few names a snippet leaves to the reader (``file_id``, ``read_rows``,
``app``...) are supplied here. A top-level statement whose comment names an error class
(``# RunAsScopeError, raised ...``) must raise it. A new section with Python code fails
``test_every_python_block_is_run`` until it gets a test here.
"""

from __future__ import annotations

import ast
import asyncio
import dataclasses
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any, Literal

import httpx
import pytest

import chatbotkit
import chatbotkit.testing
from chatbotkit.testing import EmulatorServer, emulated_server
from tests._paths import ROOT

BLOCK = re.compile(r"^```python\n(.*?)^```", re.M | re.S)
HEADING = re.compile(r"^#{2,3} (.+)$", re.M)
EXPECTED_ERROR = re.compile(r"#\s*(\w+Error)\b")

TESTED = {
    "Using the client": 1,
    "Batches": 1,
    "Sub-accounts": 1,
    "Uploads and downloads": 1,
    "FastAPI: open, then answer; re-stream as SSE or JSONL": 1,
    "Scripts and notebooks": 1,
    "Agents and tools": 1,
    "Testing your code": 2,
}


def _blocks() -> dict[str, list[str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    headings = [(m.start(), m.group(1).strip()) for m in HEADING.finditer(text)]
    found: dict[str, list[str]] = {}
    for match in BLOCK.finditer(text):
        section = [title for start, title in headings if start < match.start()][-1]
        found.setdefault(section, []).append(match.group(1))
    return found


BLOCKS = _blocks()


def _statements(source: str) -> Iterator[tuple[ast.Module, str | None]]:
    """Each top-level statement as a module, with the error class its comment says it raises."""
    lines = source.splitlines()
    for node in ast.parse(source).body:
        text = "\n".join(lines[node.lineno - 1 : node.end_lineno])
        expected = (
            EXPECTED_ERROR.search(text) if not isinstance(node, ast.AsyncWith | ast.With) else None
        )
        yield ast.Module(body=[node], type_ignores=[]), expected.group(1) if expected else None


async def _run(source: str, namespace: dict[str, Any]) -> None:
    """Execute a snippet statement by statement, with top-level ``await``."""
    for module, expected in _statements(source):
        code = compile(module, "README.md", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
        if expected is None:
            result = eval(code, namespace)
            if result is not None:
                await result
            continue
        with pytest.raises(getattr(chatbotkit, expected)):
            result = eval(code, namespace)
            if result is not None:
                await result


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[EmulatorServer]:
    """The emulator on loopback, its token and URL in the environment; cwd a temp dir."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4 README")  # the files the snippets upload
    (tmp_path / "report.pdf").write_bytes(b"report")
    with emulated_server() as running:
        yield running


def _namespace(**names: Any) -> dict[str, Any]:
    return {"__name__": "readme", "chatbotkit": chatbotkit, "Path": Path, **names}


async def _file_id() -> str:
    async with chatbotkit.AsyncChatBotKit() as cbk:
        return (await cbk.file.create(name="a")).id


def test_every_module_and_public_name_is_in_the_readme() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    modules = [
        p.name for p in sorted((ROOT / "chatbotkit").glob("_*.py")) if p.name != "__init__.py"
    ]
    assert [m for m in modules if f"`{m}`" not in text] == []
    assert [name for name in chatbotkit.__all__ if name not in text] == []
    assert [name for name in chatbotkit.testing.__all__ if name not in text] == []


def test_every_python_block_is_run() -> None:
    found = {section: len(blocks) for section, blocks in BLOCKS.items()}
    assert found == TESTED, "a README section's Python blocks changed: run them in a test here"


async def test_using_the_client(server: EmulatorServer) -> None:
    namespace = _namespace(file_id=await _file_id())
    await _run(BLOCKS["Using the client"][0], namespace)
    assert namespace["data"] == b"%PDF-1.4 README"
    assert namespace["raw"].status_code == 200
    assert isinstance(namespace["result"], chatbotkit.models.ConversationCompleteResult)


async def test_uploads_and_downloads(server: EmulatorServer) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b"chu"
        yield b"nks"

    namespace = _namespace(file_id=await _file_id(), chunks=chunks, n=6)
    namespace["cbk"] = cbk = chatbotkit.AsyncChatBotKit()
    async with cbk:
        await _run(BLOCKS["Uploads and downloads"][0], namespace)
    assert namespace["data"] == b"chunks"
    assert namespace["chunk"]


async def test_sub_accounts(server: EmulatorServer) -> None:
    seen: list[str] = []

    async with chatbotkit.AsyncChatBotKit() as cbk:
        child = await cbk.partner.user.create(name="Kid", email="kid@example.com")

        async def library_that_uses(client: chatbotkit.AsyncChatBotKit) -> None:
            seen.extend(bot.id for bot in (await client.bot.list()).items)

        namespace = _namespace(cbk=cbk, child_id=child.id, library_that_uses=library_that_uses)
        await _run(BLOCKS["Sub-accounts"][0], namespace)
        assert len(seen) == 1  # the bot the child created, not the partner's (none)
        assert (await namespace["child_client"].bot.list()).items[0].id == seen[0]
        assert not (await cbk.bot.list()).items


def test_batches(server: EmulatorServer, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [{"id": n, "name": f"c{n}", "text": f"Hello {n}"} for n in range(5)]
    source = BLOCKS["Batches"][0]
    exec(source, _namespace(read_rows=lambda path: iter(rows)))
    exec(source, _namespace(read_rows=lambda path: iter(rows)))  # again: resumes
    assert len(server.emulator.records("conversation")) == len(rows)
    assert capsys.readouterr().out == ""  # nothing failed


async def test_fastapi(server: EmulatorServer) -> None:
    import fastapi
    from pydantic import BaseModel
    from starlette.background import BackgroundTask
    from starlette.responses import StreamingResponse

    class ChatRequest(BaseModel):
        text: str

    app = fastapi.FastAPI()
    namespace = _namespace(
        app=app,
        ChatRequest=ChatRequest,
        Request=fastapi.Request,
        StreamingResponse=StreamingResponse,
        BackgroundTask=BackgroundTask,
    )
    exec(BLOCKS["FastAPI: open, then answer; re-stream as SSE or JSONL"][0], namespace)
    ChatRequest.model_rebuild(_types_namespace=namespace)
    async with chatbotkit.AsyncChatBotKit() as cbk:
        app.state.cbk = cbk
        convo = await cbk.conversation.create()
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://app"
        ) as browser:
            response = await browser.post(f"/chat/{convo.id}", json={"text": "Hi"})
    assert response.status_code == 200
    assert "event: token" in response.text and "event: result" in response.text


def test_scripts_and_notebooks(server: EmulatorServer) -> None:
    @chatbotkit.tool
    def lookup(order_id: str) -> dict[str, str]:
        """Look an order up."""
        return {"id": order_id, "status": "shipped"}

    with chatbotkit.ChatBotKit() as setup:
        bot = setup.bot.create(name="Script")
        convo = setup.conversation.create(bot_id=bot.id)
        child = setup.partner.user.create(name="Kid", email="kid@example.com")
    namespace = _namespace(
        bot_id=bot.id,
        convo_id=convo.id,
        ids=[bot.id],
        child_id=child.id,
        msgs=[{"type": "user", "text": "lookup order_id=A1"}],
        lookup=lookup,
    )
    exec(BLOCKS["Scripts and notebooks"][0], namespace)
    assert namespace["bot"].id == bot.id
    assert [b.id for b in namespace["everything"]] == [bot.id]
    assert namespace["results"].values()[0].id == bot.id
    assert namespace["r"].index == 0 and namespace["r"].ok
    assert namespace["run"].outcome is not None


async def test_agents_and_tools(server: EmulatorServer) -> None:
    @dataclasses.dataclass
    class Quote:
        price: float

    class Orders:
        async def get(self, order_id: str) -> dict[str, str]:
            return {"id": order_id, "status": "shipped"}

    async with chatbotkit.AsyncChatBotKit() as cbk:
        bot = await cbk.bot.create(name="Agent")
        namespace = _namespace(cbk=cbk, bot=bot, orders=Orders(), Quote=Quote, Literal=Literal)
        await _run(BLOCKS["Agents and tools"][0], namespace)
    assert namespace["outcome"].exit_code == 0
    assert namespace["outcome"].text


async def test_testing_your_code_in_process() -> None:
    namespace = _namespace()
    exec(BLOCKS["Testing your code"][0], namespace)
    await namespace["test_support_bot"]()


def test_testing_your_code_on_loopback() -> None:
    def run_my_service() -> None:
        async def main() -> None:
            async with chatbotkit.AsyncChatBotKit() as cbk:
                await cbk.bot.create(name="Service")

        asyncio.run(main())

    namespace = _namespace(run_my_service=run_my_service)
    exec(BLOCKS["Testing your code"][1], namespace)
    namespace["test_my_service"]()
