"""chatbotkit.testing: the in-process and loopback helpers, the opt-in pytest plugin, the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import anyio
import pytest

import chatbotkit
from chatbotkit.testing import (
    TOKEN_ENV,
    URL_ENV,
    Emulator,
    EmulatorConfig,
    FaultRule,
    emulated,
    emulated_server,
)


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_emulated_client_is_in_process_and_reaches_fault_injection(backend: str) -> None:
    async def main() -> None:
        async with emulated(max_retries=0) as api:
            assert api.client.base_url == "http://emulator.local/v1"
            bot = await api.client.bot.create(name="Support")
            assert (await api.client.bot.fetch(bot.id)).name == "Support"
            assert api.emulator.count("bot") == 1
            api.inject(FaultRule.server_error("fetchBot", count=1))
            with pytest.raises(chatbotkit.InternalServerError):
                await api.client.bot.fetch(bot.id)
            assert (await api.client.bot.fetch(bot.id)).id == bot.id  # the burst is spent
            assert api.emulator.stats.faults_injected == 1
            assert "faults=1" in repr(api) and api.emulator.token not in repr(api)

    anyio.run(main, backend=backend)


async def test_emulated_takes_an_emulator_or_config_and_initial_faults() -> None:
    emu = Emulator(seed=7)
    async with emulated(emu, faults=[FaultRule.rate_limit("listBots", count=1)]) as api:
        assert api.emulator is emu and api.faults.rules[0].kind == "rate_limit"
    async with emulated(EmulatorConfig(max_take=3)) as api:
        assert api.emulator.config.max_take == 3
    assert api.client._http.is_closed  # closed on exit


def test_emulated_server_sets_and_restores_the_client_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(TOKEN_ENV, "outer-token")
    monkeypatch.delenv(URL_ENV, raising=False)

    async def own_client() -> str:
        async with chatbotkit.AsyncChatBotKit(max_retries=0) as cbk:  # from the environment
            return (await cbk.bot.create(name="from env")).id

    with emulated_server(faults=[FaultRule.server_error("createBot", count=1)]) as server:
        assert os.environ[URL_ENV] == server.base_url.rstrip("/")
        assert server.base_url.startswith("http://127.0.0.1:")
        assert os.environ[TOKEN_ENV] == server.token
        with pytest.raises(chatbotkit.InternalServerError):
            anyio.run(own_client)
        bot_id = anyio.run(own_client)
        assert [r["id"] for r in server.emulator.records("bot")] == [bot_id]
    assert os.environ[TOKEN_ENV] == "outer-token"
    assert URL_ENV not in os.environ


PLUGIN_TESTS = """
import anyio, pytest, chatbotkit
from chatbotkit.emulator import EmulatorConfig, FaultRule

@pytest.fixture
def chatbotkit_emulator_config():
    return EmulatorConfig(max_take=2)

async def test_client_asyncio(chatbotkit_client, chatbotkit_emulator):
    await chatbotkit_client.bot.create(name="a")
    assert chatbotkit_emulator.count("bot") == 1 and chatbotkit_emulator.config.max_take == 2

@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_client_anyio(chatbotkit_client, chatbotkit_emulator, anyio_backend):
    chatbotkit_emulator.faults.add(FaultRule.server_error("createBot", count=1))
    with pytest.raises(chatbotkit.InternalServerError):
        await chatbotkit_client.with_options(max_retries=0).bot.create(name="a")

def test_server_sync(chatbotkit_server):
    async def main():
        async with chatbotkit.AsyncChatBotKit() as cbk:
            return (await cbk.bot.create(name="s")).id
    bot_id = anyio.run(main)
    assert [r["id"] for r in chatbotkit_server.emulator.records("bot")] == [bot_id]
"""


def test_pytest_plugin_is_opt_in_and_serves_asyncio_anyio_and_sync_tests(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(PLUGIN_TESTS)
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHATBOTKIT_")}
    run = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "-o",
        "asyncio_mode=auto",
    ]
    run += ["-o", "asyncio_default_fixture_loop_scope=function"]
    result = subprocess.run(
        [*run, "-p", "chatbotkit.testing.pytest_plugin", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 passed" in result.stdout
    without = subprocess.run(
        [*run, str(tmp_path), "-k", "server_sync"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "fixture 'chatbotkit_server' not found" in without.stdout  # no plugin unless asked


def _run_cli(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=60
    )


def test_cli_without_the_emulator_extra_names_it_and_exits_2() -> None:
    code = textwrap.dedent("""
        import sys, runpy
        sys.modules["uvicorn"] = sys.modules["starlette"] = None  # as if not installed
        runpy.run_module("chatbotkit.emulator", run_name="__main__", alter_sys=True)
    """)
    result = _run_cli(code)
    assert result.returncode == 2
    assert "pip install 'chatbotkit-async[emulator]'" in result.stderr
    assert "starlette, uvicorn not installed" in result.stderr
    assert "Traceback" not in result.stderr
    blocked = "import sys; sys.modules['uvicorn'] = None\nimport chatbotkit.testing"
    assert "chatbotkit.testing needs the 'emulator' extra" in _run_cli(blocked).stderr


def test_cli_with_a_bad_spec_says_so_and_exits_2(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{")
    code = (
        "import runpy; runpy.run_module('chatbotkit.emulator', run_name='__main__', alter_sys=True)"
    )
    result = _run_cli(code, "--spec", str(tmp_path / "bad.json"))
    assert result.returncode == 2
    assert f"{tmp_path / 'bad.json'}: invalid JSON" in result.stderr
    assert "Traceback" not in result.stderr
