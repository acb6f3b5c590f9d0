"""The ``chatbotkit`` command as users run it: a subprocess against the emulator on loopback."""

from __future__ import annotations

import json
import os
import select
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from chatbotkit import ChatBotKit
from chatbotkit.emulator import EmulatorServer, run_emulator_server
from tests._paths import ROOT

CLI = [sys.executable, "-m", "chatbotkit"]


@pytest.fixture(scope="module")
def server(spec_path: Path) -> Iterator[EmulatorServer]:
    with run_emulator_server(spec=spec_path, token_delay=0.02) as running:
        yield running


@pytest.fixture
def env(server: EmulatorServer) -> dict[str, str]:
    server.emulator.reset()
    clean = {k: v for k, v in os.environ.items() if not k.startswith("CHATBOTKIT_")}
    return {
        **clean,
        "CHATBOTKIT_API_TOKEN": server.token,
        "CHATBOTKIT_API_BASE_URL": server.base_url,
        "PYTHONPATH": str(ROOT),
    }


@pytest.fixture
def cbk(server: EmulatorServer) -> Iterator[ChatBotKit]:
    with ChatBotKit(token=server.token, base_url=server.base_url) as client:
        yield client


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_a_generated_command_for_a_nested_resource(env: dict[str, str], cbk: ChatBotKit) -> None:
    bot = cbk.bot.create(name="Support")
    help_text = run(env, "bot", "session", "create", "--help")
    assert help_text.returncode == 0
    assert "BOT_ID" in help_text.stdout and "--duration-in-seconds" in help_text.stdout
    done = run(env, "bot", "session", "create", bot.id, "--duration-in-seconds", "60")
    assert done.returncode == 0, done.stderr
    session = json.loads(done.stdout)
    assert session["token"] and session["conversationId"]
    renamed = run(env, "bot", "update", bot.id, "--json", '{"name": "Renamed", "backstory": "b"}')
    assert renamed.returncode == 0, renamed.stderr
    assert cbk.bot.fetch(bot.id).name == "Renamed"


def test_a_list_piped_as_jsonl_follows_cursors(env: dict[str, str], cbk: ChatBotKit) -> None:
    made = {cbk.bot.create(name=f"b{i}").id for i in range(5)}
    # `chatbotkit bot list --take 2 | jq .id`, with python in jq's place
    reader = "import json, sys; [print(json.loads(line)['id']) for line in sys.stdin]"
    pipeline = f"{shlex.join([*CLI, 'bot', 'list', '--take', '2'])} | {shlex.join([sys.executable, '-c', reader])}"
    piped = subprocess.run(
        pipeline, shell=True, env=env, capture_output=True, text=True, timeout=60, check=True
    )
    assert set(piped.stdout.split()) == made and len(piped.stdout.split()) == 5
    limited = run(env, "bot", "list", "--take", "2", "--limit", "3")
    assert [json.loads(line)["id"] in made for line in limited.stdout.splitlines()] == [True] * 3


def test_an_api_error_exits_1_with_its_code_on_stderr(env: dict[str, str]) -> None:
    missing = run(env, "bot", "fetch", "no-such-bot")
    assert missing.returncode == 1
    assert missing.stdout == ""
    assert "NOT_FOUND" in missing.stderr and "Traceback" not in missing.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("bot", "frobnicate"),
        ("bot",),
        ("bot", "create", "--privacy", "maybe"),
        ("bot", "memory", "search", "b1"),  # --search is required
        ("bot", "fetch", "b1", "--json", "[1"),
        ("bot", "create", "--json", "[" * 100_000),  # nested past the recursion limit
        ("bot", "create", "--meta", "[" * 100_000),
        ("conversation", "complete", "c1", "--auto-continue", "2"),  # needs --stream
    ],
)
def test_bad_usage_exits_2(env: dict[str, str], args: tuple[str, ...]) -> None:
    result = run(env, *args)
    assert result.returncode == 2, result.stderr
    assert "error" in result.stderr and "Traceback" not in result.stderr


def test_help_at_the_top_level_and_without_a_token(env: dict[str, str]) -> None:
    del env["CHATBOTKIT_API_TOKEN"]
    top = run(env, "--help")
    assert top.returncode == 0
    assert all(word in top.stdout for word in ("chat", "emulator", "conversation", "graphql"))
    no_token = run(env, "bot", "list")
    assert no_token.returncode == 2 and "CHATBOTKIT_API_TOKEN" in no_token.stderr


def test_one_interactive_chat_turn_through_a_pty(env: dict[str, str], cbk: ChatBotKit) -> None:
    bot = cbk.bot.create(name="Support")
    controller, terminal = os.openpty()
    process = subprocess.Popen(
        [*CLI, "chat", "--bot", bot.id],
        env=env,
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        close_fds=True,
    )
    os.close(terminal)
    try:

        def read_until(marker: bytes, seen: bytearray, chunks: list[bytes]) -> None:
            start = len(seen)
            while marker not in seen[start:]:
                ready, _, _ = select.select([controller], [], [], 30)
                assert ready, f"no output; so far: {bytes(seen)!r}"
                chunk = os.read(controller, 4096)
                assert chunk, f"the chat ended early: {bytes(seen)!r}"
                seen += chunk
                chunks.append(chunk)

        seen, chunks = bytearray(), []
        read_until(b"you> ", seen, chunks)
        os.write(controller, b"hello there\n")
        start = len(chunks)
        read_until(b"you> ", seen, chunks)  # after the reply
        os.write(controller, b"\x04")  # Ctrl+D: end of input
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(controller)
    transcript = bytes(seen).decode()
    reply = transcript.split("bot> ", 1)[1].split("\r\n", 1)[0]
    assert transcript.count("you> ") == 2
    assert "hello there" in reply
    conversation = cbk.conversation.list().collect()[0]
    assert conversation.bot_id == bot.id
    messages = cbk.conversation.message.list(conversation.id).collect()
    assert reply in [message.text for message in messages]  # what was shown is what was stored
    assert len(chunks) - start >= 3  # the reply arrived token by token, not in one piece


def test_every_operation_has_a_command_with_help(capsys: pytest.CaptureFixture[str]) -> None:
    """In-process: the help of all 335 operations builds from the registry and the signatures."""
    from chatbotkit._cli import main, operations

    paths = {attribute for attribute, _, _ in operations().values()}
    assert len(operations()) == 335
    for path in sorted(paths):
        words = [part.rstrip("_").replace("_", "-") for part in path.split(".")]
        assert main([*words, "--help"]) == 0, path
        out = capsys.readouterr().out
        assert out.startswith(f"usage: chatbotkit {' '.join(words)}"), out
    assert (
        "--duration-in-seconds"
        in (main(["bot", "session", "create", "-h"]), capsys.readouterr().out)[1]
    )


def test_as_user_runs_the_command_in_a_sub_account(
    env: dict[str, str], cbk: ChatBotKit, server: EmulatorServer
) -> None:
    child = cbk.partner.user.create(name="child").id
    made = run(env, "--as-user", child, "bot", "create", "--name", "In the child")
    assert made.returncode == 0, made.stderr
    assert server.emulator.count("bot", account=child) == 1
    assert server.emulator.count("bot") == 0
